import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "@portal/db/client";
import type { Protokolliere } from "../ports.ts";
import {
  findApiSchluesselByPraefix,
  findApiSchluesselVonOes,
  findKontoIdByEmail,
  insertApiSchluessel,
  merkeBenutzung,
  widerrufeApiSchluesselRow,
} from "../queries/api-schluessel.ts";
import { istUuid } from "../types.ts";

// API keys of Organisationseinheiten for the delivery API: created and revoked by the
// authority's admins in /verwaltung/schnittstellen, presented by a Fachverfahren as
// `Authorization: Bearer sk_<praefix>_<geheimnis>`.

/** `sk_` + 12 hex digits (shown, to tell keys apart) + `_` + 32 random bytes in base64url. */
export const API_SCHLUESSEL_MUSTER = /^sk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/u;
/** `zuletztBenutztAm` is written at most this often per key, not on every request. */
export const BENUTZUNG_ABSTAND_MS = 60_000;
export const MAX_SCHLUESSELNAME = 100;

/** An admin as the key services see them: the account and the authorities they administer. */
export type Verwalter = { kontoId: string; oes: readonly string[] };

/** A key as admins see it: never the secret, never the hash. */
export type ApiSchluesselInfo = {
  id: string;
  oeSchluessel: string;
  name: string;
  praefix: string;
  erstelltVon: string;
  erstelltAm: Date;
  zuletztBenutztAm: Date | null;
  widerrufenAm: Date | null;
};

/** The caller of the delivery API: a valid key, bound to its Organisationseinheit. */
export type Fachverfahren = {
  schluesselId: string;
  oeSchluessel: string;
  name: string;
  /** The admin who created the key, accountable for it in the audit trail. */
  erstelltVon: string;
};

const hashVon = (schluessel: string) =>
  createHash("sha256").update(schluessel, "utf8").digest("base64url");

// Compared against when no key has the prefix, so that an unknown prefix costs the same hash
// and comparison as a known one with a wrong secret.
const ATTRAPPE = hashVon("sk_000000000000_attrappe");

function info(row: ApiSchluesselInfo): ApiSchluesselInfo {
  return {
    id: row.id,
    oeSchluessel: row.oeSchluessel,
    name: row.name,
    praefix: row.praefix,
    erstelltVon: row.erstelltVon,
    erstelltAm: row.erstelltAm,
    zuletztBenutztAm: row.zuletztBenutztAm,
    widerrufenAm: row.widerrufenAm,
  };
}

/** A name for a key as admins type it: trimmed, 1 to 100 characters, no control characters. */
export function pruefeSchluesselname(name: string): string | null {
  const n = name.trim().normalize("NFC");
  if (n.length === 0 || [...n].length > MAX_SCHLUESSELNAME || /\p{Cc}/u.test(n)) return null;
  return n;
}

const istUniqueFehler = (fehler: unknown) => {
  const e = fehler as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
};

/**
 * Creates an API key for one of the admin's Organisationseinheiten. Returns the key itself
 * (`geheimnis`) this once: only its prefix and SHA-256 are stored, so it cannot be shown again
 * (a lost key is revoked and replaced).
 */
export async function erzeugeApiSchluessel(
  db: Db,
  {
    verwalter,
    oeSchluessel,
    name,
    protokolliere,
    jetzt = new Date(),
  }: {
    verwalter: Verwalter;
    oeSchluessel: string;
    name: string;
    /** The staff audit trail ("api-schluessel-angelegt"), in the same transaction. */
    protokolliere?: Protokolliere;
    jetzt?: Date;
  },
): Promise<
  | { ok: true; schluessel: ApiSchluesselInfo; geheimnis: string }
  | { ok: false; fehler: "nicht-berechtigt" | "name-ungueltig" }
> {
  if (!istUuid(verwalter.kontoId) || !verwalter.oes.includes(oeSchluessel))
    return { ok: false, fehler: "nicht-berechtigt" };
  const n = pruefeSchluesselname(name);
  if (!n) return { ok: false, fehler: "name-ungueltig" };
  // A prefix of 48 random bits collides about once in 16 million keys; then take another.
  for (let versuch = 0; ; versuch++) {
    const praefix = randomBytes(6).toString("hex");
    const geheimnis = `sk_${praefix}_${randomBytes(32).toString("base64url")}`;
    try {
      const row = await db.transaction(async (tx) => {
        const neu = await insertApiSchluessel(tx, {
          oeSchluessel,
          name: n,
          praefix,
          hash: hashVon(geheimnis),
          erstelltVon: verwalter.kontoId,
          erstelltAm: jetzt,
        });
        await protokolliere?.(tx, {
          mitarbeiterKontoId: verwalter.kontoId,
          oeSchluessel,
          aktion: "api-schluessel-angelegt",
          gegenstand: `api-schluessel:${neu.id}`,
          jetzt,
        });
        return neu;
      });
      return { ok: true, schluessel: info(row), geheimnis };
    } catch (fehler) {
      if (!istUniqueFehler(fehler) || versuch >= 2) throw fehler;
    }
  }
}

/** The keys of the admin's Organisationseinheiten (all, or one of them), newest first. */
export async function listeApiSchluessel(
  db: Db,
  { verwalter, oeSchluessel }: { verwalter: Verwalter; oeSchluessel?: string },
): Promise<ApiSchluesselInfo[]> {
  const oes = oeSchluessel ? verwalter.oes.filter((oe) => oe === oeSchluessel) : [...verwalter.oes];
  return (await findApiSchluesselVonOes(db, { oes })).map(info);
}

/**
 * Revokes a key of one of the admin's Organisationseinheiten: from now on it is refused. A key
 * already revoked stays revoked at its first time (`neu: false`); another authority's key or an
 * unknown id is "nicht-gefunden".
 */
export async function widerrufeApiSchluessel(
  db: Db,
  {
    verwalter,
    id,
    protokolliere,
    jetzt = new Date(),
  }: {
    verwalter: Verwalter;
    id: string;
    /** The staff audit trail ("api-schluessel-widerrufen", once), in the same transaction. */
    protokolliere?: Protokolliere;
    jetzt?: Date;
  },
): Promise<
  | { ok: true; schluessel: ApiSchluesselInfo; neu: boolean }
  | { ok: false; fehler: "nicht-gefunden" }
> {
  if (!istUuid(id)) return { ok: false, fehler: "nicht-gefunden" };
  return db.transaction(async (tx) => {
    for (const oeSchluessel of verwalter.oes) {
      const r = await widerrufeApiSchluesselRow(tx, { id, oeSchluessel, jetzt });
      if (!r) continue;
      if (r.neu)
        await protokolliere?.(tx, {
          mitarbeiterKontoId: verwalter.kontoId,
          oeSchluessel,
          aktion: "api-schluessel-widerrufen",
          gegenstand: `api-schluessel:${id}`,
          jetzt,
        });
      return { ok: true, schluessel: info(r.row), neu: r.neu } as const;
    }
    return { ok: false, fehler: "nicht-gefunden" } as const;
  });
}

/**
 * The Fachverfahren behind an `Authorization` header's key, or null: no key, a malformed one, an
 * unknown prefix, a wrong secret (compared in constant time, on the SHA-256 of the key) or a
 * revoked key. Notes the use at most once a minute.
 */
export async function authentifiziereApiSchluessel(
  db: Db,
  { schluessel, jetzt = new Date() }: { schluessel: string | null | undefined; jetzt?: Date },
): Promise<Fachverfahren | null> {
  if (typeof schluessel !== "string") return null;
  const teile = API_SCHLUESSEL_MUSTER.exec(schluessel);
  if (!teile) return null;
  const row = await findApiSchluesselByPraefix(db, { praefix: teile[1] as string });
  const erwartet = Buffer.from(row?.hash ?? ATTRAPPE, "base64url");
  const gegeben = Buffer.from(hashVon(schluessel), "base64url");
  const gleich = erwartet.length === gegeben.length && timingSafeEqual(erwartet, gegeben);
  if (!row || !gleich || row.widerrufenAm) return null;
  await merkeBenutzung(db, { id: row.id, jetzt, abstandMs: BENUTZUNG_ABSTAND_MS });
  return {
    schluesselId: row.id,
    oeSchluessel: row.oeSchluessel,
    name: row.name,
    erstelltVon: row.erstelltVon,
  };
}

/**
 * For the development stack and its seed: makes sure that a key generated elsewhere (kept in
 * `.data/secrets.json`, so e2e tests and the benchmark know it) is registered for `oeSchluessel`,
 * created by the account of `erstelltVonEmail` (the demo admin). Kept as it is when it exists;
 * a key that was revoked meanwhile stays revoked (`widerrufen: true`), and a different key
 * under the same prefix is refused. Not for production: there keys are made by admins only.
 */
export async function hinterlegeApiSchluessel(
  db: Db,
  {
    oeSchluessel,
    name,
    schluessel,
    erstelltVonEmail,
    jetzt = new Date(),
  }: {
    oeSchluessel: string;
    name: string;
    schluessel: string;
    erstelltVonEmail: string;
    jetzt?: Date;
  },
): Promise<
  | { ok: true; neu: boolean; widerrufen: boolean }
  | { ok: false; fehler: "format" | "konto-unbekannt" | "praefix-belegt" }
> {
  const teile = API_SCHLUESSEL_MUSTER.exec(schluessel);
  const n = pruefeSchluesselname(name);
  if (!teile || !n) return { ok: false, fehler: "format" };
  const praefix = teile[1] as string;
  const vorhanden = await findApiSchluesselByPraefix(db, { praefix });
  if (vorhanden) {
    if (vorhanden.hash !== hashVon(schluessel) || vorhanden.oeSchluessel !== oeSchluessel)
      return { ok: false, fehler: "praefix-belegt" };
    return { ok: true, neu: false, widerrufen: vorhanden.widerrufenAm !== null };
  }
  const erstelltVon = await findKontoIdByEmail(db, { email: erstelltVonEmail });
  if (!erstelltVon) return { ok: false, fehler: "konto-unbekannt" };
  await insertApiSchluessel(db, {
    oeSchluessel,
    name: n,
    praefix,
    hash: hashVon(schluessel),
    erstelltVon,
    erstelltAm: jetzt,
  });
  return { ok: true, neu: true, widerrufen: false };
}
