import { konto, mitarbeiter, mitarbeiterRolle } from "@portal/auth/schema";
import type { Mail } from "@portal/auth/types";
import type { Database } from "@portal/db/client";
import type {
  Entschluessele,
  Protokolleintrag,
  Protokolliere,
  SendeNachricht,
  Verschluessele,
} from "../src/ports.ts";

// Test doubles of the ports and a few rows the services need. The "encryption" is a stand-in
// for @portal/crypto with the property the tests rely on: only the same OE gets the plaintext.

export const verschluessele: Verschluessele = async (oe, klartext) =>
  `test.${Buffer.from(oe).toString("base64url")}.${Buffer.from(klartext).reverse().toString("base64url")}`;

export const entschluessele: Entschluessele = async (oe, jwe) => {
  const [art, fuer, inhalt] = jwe.split(".");
  if (art !== "test" || Buffer.from(fuer ?? "", "base64url").toString() !== oe)
    throw new Error("not encrypted for this OE");
  return new Uint8Array(Buffer.from(inhalt ?? "", "base64url").reverse());
};

export function postfach() {
  const mails: Mail[] = [];
  return { mails, post: async (mail: Mail) => void mails.push(mail) };
}

export function protokoll() {
  const eintraege: Protokolleintrag[] = [];
  const protokolliere: Protokolliere = async (_db, eintrag) => void eintraege.push(eintrag);
  return { eintraege, protokolliere };
}

export function nachrichten() {
  const gesendet: Parameters<SendeNachricht>[1][] = [];
  const sendeNachricht: SendeNachricht = async (_db, n) => {
    gesendet.push(n);
    return { ok: true, id: crypto.randomUUID() };
  };
  return { gesendet, sendeNachricht };
}

let zaehler = 0;
export async function neuesKonto(db: Database, { sprache = "de" as "de" | "en" } = {}) {
  const [row] = await db
    .insert(konto)
    .values({
      email: `person${++zaehler}-${Date.now()}@example.org`,
      sprache,
      emailBestaetigtAm: new Date(),
    })
    .returning();
  return row!;
}

export async function neuerMitarbeiter(db: Database, oes: string[]) {
  const k = await neuesKonto(db);
  await db.insert(mitarbeiter).values({ kontoId: k.id, name: "Erika Muster" });
  for (const oe of oes)
    await db
      .insert(mitarbeiterRolle)
      .values({ kontoId: k.id, oeSchluessel: oe, rolle: "sachbearbeitung" });
  return { kontoId: k.id, oes };
}

/** The storage port as the tests see it: the keys it was asked to delete, in order. */
export function ablage() {
  const geloescht: string[] = [];
  return {
    geloescht,
    loescheDatei: async (schluessel: string) => void geloescht.push(schluessel),
  };
}

/** For tests that do not look at files: deletes nothing. */
export const keineDatei = async (_schluessel: string) => {};
