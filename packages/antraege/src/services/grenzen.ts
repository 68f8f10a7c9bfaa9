import { definePolicy } from "@portal/ratelimit/types";

// Rate limits of the citizen's side of applications. The web app takes one request per policy
// with `consume(db, policy, clientKey(db, address))` before calling the service.

/**
 * Drafts begun without an account per client address: 20 an hour. Each is a row (and may get
 * uploads) that nobody can be asked to clean up; a family or an office behind one address
 * rarely begins more.
 */
export const entwurfOhneKontoProAdresse = definePolicy({
  name: "entwurf-ohne-konto-adresse",
  limit: 20,
  windowSeconds: 60 * 60,
});

/** Resume links per client address: 5 an hour (each mails an address the caller typed). */
export const fortsetzungslinkProAdresse = definePolicy({
  name: "fortsetzungslink-adresse",
  limit: 5,
  windowSeconds: 60 * 60,
});

/** Uploads per client address: 60 an hour (each is checked and stored). */
export const uploadsProAdresse = definePolicy({
  name: "antrag-uploads-adresse",
  limit: 60,
  windowSeconds: 60 * 60,
});

/**
 * Requests to the delivery API per API key: 600 a minute. A Fachverfahren polls the list and
 * fetches what is new; 10 requests a second is plenty for that and keeps a runaway client (or
 * a leaked key) from flooding the database. Counted per key id, not per address: the
 * Fachverfahren of one authority may sit behind a shared gateway.
 */
export const fachverfahrenProSchluessel = definePolicy({
  name: "fachverfahren-schluessel",
  limit: 600,
  windowSeconds: 60,
});
