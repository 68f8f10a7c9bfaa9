import { createHash } from "node:crypto";
import type { Db } from "@portal/db/client";
import { clientKey } from "@portal/ratelimit/server";
import { definePolicy } from "@portal/ratelimit/types";
import { normalisiereEmail } from "../types.ts";

// Rate limits of the account forms. The caller (a server action) takes one request per policy
// with `consume(db, policy, key)` before calling the service, keyed by `clientKey(db, address)`
// for the "pro Adresse" policies and by `kontoSchluessel(db, email)` for the "pro Konto" ones.

/**
 * Sign-in attempts per client address: 20 per 15 minutes. Generous, because one address is often
 * a whole office, school or mobile carrier NAT behind which many citizens sign in; low enough that
 * password spraying from one address gets about 2,000 guesses a day instead of millions.
 */
export const anmeldungProAdresse = definePolicy({
  name: "anmeldung-adresse",
  limit: 20,
  windowSeconds: 15 * 60,
});

/**
 * Sign-in attempts per account (keyed by kontoSchluessel): 10 per 15 minutes, whatever the
 * address. NIST SP 800-63B-4 § 3.2.2 requires limiting failed attempts per account (at most 100
 * in a row); this stops guessing spread over many addresses (a botnet) at under 1,000 tries a
 * day. All attempts count, not only failed ones (the limiter cannot take back a request; a person
 * never needs ten sign-ins in a quarter of an hour). The price: someone can keep an account's
 * owner from signing in for up to 15 minutes at a time — resetting the password by mail still
 * works, and the window ends by itself.
 */
export const anmeldungProKonto = definePolicy({
  name: "anmeldung-konto",
  limit: 10,
  windowSeconds: 15 * 60,
});

/**
 * Registrations per client address: 5 per hour. A household registers a few accounts, a script
 * thousands; every registration sends a mail, so this also keeps the portal from mailing
 * strangers in bulk.
 */
export const registrierungProAdresse = definePolicy({
  name: "registrierung-adresse",
  limit: 5,
  windowSeconds: 60 * 60,
});

/** Password-reset requests per client address: 5 per hour (each sends a mail). */
export const zuruecksetzenProAdresse = definePolicy({
  name: "zuruecksetzen-adresse",
  limit: 5,
  windowSeconds: 60 * 60,
});

/** "Send the confirmation mail again" per client address: 5 per hour (each sends a mail). */
export const bestaetigungErneutProAdresse = definePolicy({
  name: "bestaetigung-erneut-adresse",
  limit: 5,
  windowSeconds: 60 * 60,
});

/**
 * Account mails to one recipient (keyed by kontoSchluessel of the address it goes to), from
 * registration, reset and "send again" together: 5 per hour. Without it, many addresses could
 * flood one mailbox with our mails, which the per-address limits cannot see.
 */
export const mailsProEmpfaenger = definePolicy({
  name: "konto-mails-empfaenger",
  limit: 5,
  windowSeconds: 60 * 60,
});

/**
 * The rate-limit key of an e-mail address, for the "pro Konto" policies — whether or not the
 * address has an account, so the limit itself reveals nothing. The normalised address is
 * hashed first (its SHA-256 fits the limiter's key space whatever its length) and then keyed with
 * the limiter's secret by clientKey, so the counters hold no address and cannot be matched
 * against a list of addresses without that secret.
 */
export async function kontoSchluessel(db: Db, email: string): Promise<string> {
  const digest = createHash("sha256")
    .update(`konto:${normalisiereEmail(email)}`)
    .digest("hex");
  return clientKey(db, digest);
}

// --- Organisationen (issue 8) ---

/**
 * Invitations per inviting account (keyed by the account id): 20 per hour. Each sends a mail to
 * an address the inviter chose, so without a bound an account could mail strangers in bulk.
 */
export const einladungenProKonto = definePolicy({
  name: "einladungen-konto",
  limit: 20,
  windowSeconds: 60 * 60,
});

/**
 * Organisations founded per account (keyed like the invitations): 10 a day. Nobody founds more
 * in earnest; a script filling the table would.
 */
export const gruendungenProKonto = definePolicy({
  name: "gruendungen-konto",
  limit: 10,
  windowSeconds: 24 * 60 * 60,
});

/**
 * Starting an eID request, per client address: each start makes a transaction at the eID
 * service, so a script must not flood it through the portal. 30 in 15 minutes is far beyond
 * what a citizen does (a start, perhaps a second try after cancelling).
 */
export const eidStartProAdresse = definePolicy({
  name: "eid-start-adresse",
  limit: 30,
  windowSeconds: 15 * 60,
});
