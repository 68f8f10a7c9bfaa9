import { definePolicy } from "@portal/ratelimit/types";

// Rate limits of contributions, counted by `reicheBeitragEin` itself (the key includes the
// procedure, so that a busy procedure does not lock a client out of another one).

/**
 * Contributions without an account per client address and procedure: 10 in 10 minutes. Enough
 * for a person writing several remarks on one plan, not for a script. Accounts are not counted
 * per address: at a public hearing many people share the town hall's network.
 */
export const beitragProAdresse = definePolicy({
  name: "beteiligung-beitrag-adresse",
  limit: 10,
  windowSeconds: 10 * 60,
});

/** Contributions per account (or eID) and procedure: 30 an hour. */
export const beitragProKonto = definePolicy({
  name: "beteiligung-beitrag-konto",
  limit: 30,
  windowSeconds: 60 * 60,
});

/**
 * Reports per client address: 20 in 10 minutes (one report per person and contribution is the
 * domain's rule; this keeps a script from walking through every contribution).
 */
export const meldungProAdresse = definePolicy({
  name: "beteiligung-meldung-adresse",
  limit: 20,
  windowSeconds: 10 * 60,
});
