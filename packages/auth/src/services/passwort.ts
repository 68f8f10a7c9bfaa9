import { hash, parseOptions, verify } from "@node-rs/argon2";
import blocklist from "../../data/haeufige-passwoerter.json" with { type: "json" };
import {
  MAX_PASSWORT,
  MIN_PASSWORT,
  normalisierePasswort,
  type PasswortFehler,
  passwortLaenge,
} from "../types.ts";

export { MAX_PASSWORT, MIN_PASSWORT };

/**
 * argon2id with OWASP's first recommended configuration (Password Storage Cheat Sheet,
 * "Argon2id": m=19456 KiB (19 MiB), t=2, p=1), about 30 ms per hash on one core here. The
 * numbers are part of every stored hash, so raising them later only makes new hashes dearer;
 * `braucheNeuenHash` tells when an old one should be replaced at the next sign-in.
 */
export const ARGON2 = {
  // Algorithm.Argon2id; the package declares its enum `const`, which isolatedModules cannot read.
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

/**
 * A hash of a random password that nobody knows, made once with ARGON2. Verifying against it when
 * an address has no account (or no password) costs the same time as a real check, so the answer
 * time does not tell whether an address is registered.
 */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$qFbJ41USN+mCZ4+7oQ/nww$uvf5W0trR3HqMnh1qzGFQFMEg3fLzIuIh7MXhjiUpFY";

const haeufig = new Set(blocklist.passwoerter);

/**
 * Checks a new password against NIST SP 800-63B-4 (2025) § 3.1.1.2 for a password that is the
 * only factor: at least MIN_PASSWORT (15) and at most MAX_PASSWORT (128) characters, counted as
 * Unicode code points after NFKC; not on the list of common or breached passwords; not the
 * account's address or its local part. Deliberately no composition rules ("a digit and a
 * symbol"): § 3.1.1.2 forbids them, they make passwords harder to remember, not to guess.
 * The list and address checks ignore case, so "Passwort1234567" is as refused as its lower case.
 *
 * @returns null when the password may be used, else why not.
 */
export function pruefePasswort(
  passwort: string,
  { email }: { email: string | null },
): PasswortFehler | null {
  const laenge = passwortLaenge(passwort);
  if (laenge < MIN_PASSWORT) return "zuKurz";
  if (laenge > MAX_PASSWORT) return "zuLang";
  const klein = normalisierePasswort(passwort).toLowerCase();
  if (haeufig.has(klein)) return "haeufig";
  const adresse = (email ?? "").trim().normalize("NFKC").toLowerCase();
  const lokal = adresse.slice(0, Math.max(0, adresse.lastIndexOf("@")));
  if (klein === adresse || (lokal && klein === lokal)) return "wieEmail";
  return null;
}

/** The argon2id hash of a password (NFKC first, so every way of typing it gives the same hash). */
export function hashePasswort(passwort: string): Promise<string> {
  return hash(normalisierePasswort(passwort), ARGON2);
}

/** Whether `passwort` matches `passwortHash`; false for a hash that cannot be read. */
export async function pruefeHash(passwortHash: string, passwort: string): Promise<boolean> {
  try {
    return await verify(passwortHash, normalisierePasswort(passwort));
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters than ARGON2 (then rehash at sign-in). */
export function braucheNeuenHash(passwortHash: string): boolean {
  try {
    const p = parseOptions(passwortHash);
    return (
      p.algorithm !== ARGON2.algorithm ||
      p.memoryCost !== ARGON2.memoryCost ||
      p.timeCost !== ARGON2.timeCost ||
      p.parallelism !== ARGON2.parallelism ||
      p.outputLen !== ARGON2.outputLen
    );
  } catch {
    return true;
  }
}
