import { createHmac, randomBytes } from "node:crypto";
import type { Db } from "@portal/db/client";
import { beteiligungEnv } from "../env.ts";
import { sichereGeheimnis } from "../queries/geheimnis.ts";

const geheimnisse = new WeakMap<Db, Promise<string>>();

/** The hashing secret of the domain: BETEILIGUNG_SECRET, else the one kept in the database. */
export function geheimnis(db: Db): Promise<string> {
  const gesetzt = beteiligungEnv().BETEILIGUNG_SECRET;
  if (gesetzt) return Promise.resolve(gesetzt);
  let wert = geheimnisse.get(db);
  if (!wert) {
    wert = sichereGeheimnis(db, randomBytes(32).toString("base64url"));
    // A failed read (database down) is not cached: the next call tries again.
    wert.catch(() => geheimnisse.delete(db));
    geheimnisse.set(db, wert);
  }
  return wert;
}

/**
 * The key a person rates and reports under: "konto:<id>" for an account (or eID), or
 * "email:<HMAC-SHA-256 of the address>" for a confirmed e-mail address, so that the tables hold
 * no address and one address is one person however it is capitalised. The app passes only
 * addresses it has confirmed.
 */
export async function personSchluessel(
  db: Db,
  person: { kontoId: string } | { email: string },
): Promise<string> {
  if ("kontoId" in person) return `konto:${person.kontoId}`;
  const adresse = person.email.normalize("NFC").trim().toLowerCase();
  const schluessel = await geheimnis(db);
  return `email:${createHmac("sha256", schluessel).update(adresse).digest("base64url")}`;
}
