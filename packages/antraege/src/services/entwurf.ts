import { createHash, randomBytes } from "node:crypto";
import type { Post, Sprache } from "@portal/auth/types";
import type { Db } from "@portal/db/client";
import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { LoescheDatei } from "../ports.ts";
import {
  deleteAbgelaufeneEntwuerfe,
  deleteEntwurf,
  type EntwurfRow,
  type EntwurfZugang,
  findAlleEntwuerfeVonKonto,
  findEntwuerfeVonKonto,
  findEntwurf,
  insertEntwurf,
  updateEntwurf,
  zugangBedingung,
} from "../queries/entwurf.ts";
import { entwurf } from "../schema.ts";
import {
  antwortenSchema,
  ENTWURF_TAGE,
  FORTSETZUNG_TAGE,
  formularRefSchema,
  istUuid,
} from "../types.ts";
import { entwurfsdateienIn, loescheDateien, nichtMehrBenutzt } from "./entwurfsdateien.ts";
import { fortsetzungsMail } from "./mails.ts";

const TAG_MS = 24 * 60 * 60 * 1000;
/** Our tokens are 43 characters (32 bytes, base64url); anything much longer is not one of ours. */
const MAX_TOKEN = 100;

/**
 * Who asks for a draft: the signed-in account, or whoever holds the draft's resume token (from
 * the mailed link or the cookie the app keeps it in).
 */
export type Zugang = { kontoId: string } | { token: string };

/** A draft as the form pages need it. */
export type EntwurfInfo = {
  id: string;
  formular: string;
  version: number;
  antworten: Record<string, unknown>;
  seite: string | null;
  einmaligeIdentifikationId: string | null;
  /** True for an account's draft; false for one reached by its resume token. */
  imKonto: boolean;
  erstelltAm: Date;
  geaendertAm: Date;
  laeuftAbAm: Date;
  /** Until when the current resume token works (null for an account's draft). */
  fortsetzungBisAm: Date | null;
};

/**
 * A new secret for a resume link: 32 random bytes (256 bits), base64url; stored is only its
 * SHA-256 (a fast hash suffices for a secret with that much entropy; as in @portal/auth).
 */
function neuerToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: tokenHash(token) };
}

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/** The query's form of a caller's access; null when the token cannot be one of ours. */
export function zugangAus(zugang: Zugang): EntwurfZugang | null {
  if ("kontoId" in zugang) return istUuid(zugang.kontoId) ? { kontoId: zugang.kontoId } : null;
  if (typeof zugang.token !== "string" || zugang.token.length === 0) return null;
  if (zugang.token.length > MAX_TOKEN) return null;
  return { tokenHash: tokenHash(zugang.token) };
}

const info = (row: EntwurfRow): EntwurfInfo => ({
  id: row.id,
  formular: row.formular,
  version: row.version,
  antworten: row.antworten,
  seite: row.seite,
  einmaligeIdentifikationId: row.einmaligeIdentifikationId,
  imKonto: row.kontoId !== null,
  erstelltAm: row.erstelltAm,
  geaendertAm: row.geaendertAm,
  laeuftAbAm: row.laeuftAbAm,
  fortsetzungBisAm: row.kontoId === null ? row.fortsetzungBisAm : null,
});

/** U+0000 and UTF-16 halves without their partner: what PostgreSQL's jsonb cannot hold. */
const NICHT_SPEICHERBAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The answers as jsonb can store them. PostgreSQL refuses a NUL character and an unpaired
 * surrogate in jsonb ("unsupported Unicode escape sequence"), and a draft keeps a page's input
 * as typed even when it did not pass its checks (so nothing is lost): pasted binary junk would
 * otherwise fail the whole save. Such characters are never a valid answer (@portal/forms refuses
 * them in every field type), so they become U+FFFD, the replacement character, which keeps
 * their place visible in the input shown again.
 */
export function speicherbar(wert: unknown, tiefe = 0): unknown {
  if (typeof wert === "string") return wert.replace(NICHT_SPEICHERBAR, "\uFFFD");
  if (tiefe > 64 || wert === null || typeof wert !== "object") return wert;
  if (Array.isArray(wert)) return wert.map((w) => speicherbar(w, tiefe + 1));
  return Object.fromEntries(
    Object.entries(wert).map(([k, v]) => [
      k.replace(NICHT_SPEICHERBAR, "\uFFFD"),
      speicherbar(v, tiefe + 1),
    ]),
  );
}

const speichernSchema = formularRefSchema.extend({
  antworten: antwortenSchema,
  seite: z.string().trim().min(1).max(200).nullish(),
  einmaligeIdentifikationId: z.uuid().nullish(),
});

export type SpeichereErgebnis =
  | {
      ok: true;
      entwurf: EntwurfInfo;
      /** Only when a draft without an account was created: its resume token, for the cookie. */
      token?: string;
    }
  | { ok: false; fehler: "nicht-gefunden" | "eingabe-ungueltig" };

/**
 * Saves a draft (on every page of a form). Without `entwurfId` and with an account, a new draft
 * of the account; without both (`zugang: null`), a new draft without an account, whose resume
 * token is returned once (the app keeps it in a cookie and can mail it with
 * `erzeugeFortsetzungslink`). Otherwise the reachable draft is updated: a draft of another
 * account, an expired one or another form's answers "nicht-gefunden", as an unknown id does.
 * Every save moves the expiry to 30 days after it. The answers are not validated here: that is
 * @portal/forms' job, and a half-filled page must be savable.
 *
 * An upload the saved answers no longer name (replaced by another file, removed, dropped by a
 * migration to a new form version, or left in a page's input that was given up) is deleted
 * from the storage with `loescheDatei` once the save has committed.
 */
export async function speichereEntwurf(
  db: Db,
  eingabe: {
    entwurfId?: string;
    zugang: Zugang | null;
    formular: string;
    version: number;
    antworten: Record<string, unknown>;
    seite?: string | null;
    einmaligeIdentifikationId?: string | null;
    /** Removes a stored upload the draft no longer names (the storage port). */
    loescheDatei: LoescheDatei;
    jetzt?: Date;
  },
): Promise<SpeichereErgebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  const geprueft = speichernSchema.safeParse(eingabe);
  if (!geprueft.success) return { ok: false, fehler: "eingabe-ungueltig" };
  const e = geprueft.data;
  const laeuftAbAm = new Date(jetzt.getTime() + ENTWURF_TAGE * TAG_MS);
  const werte = {
    formular: e.formular,
    version: e.version,
    antworten: speicherbar(e.antworten) as Record<string, unknown>,
    seite: e.seite ?? null,
    ...(e.einmaligeIdentifikationId
      ? { einmaligeIdentifikationId: e.einmaligeIdentifikationId }
      : {}),
    geaendertAm: jetzt,
    laeuftAbAm,
  };

  if (eingabe.zugang === null) {
    if (eingabe.entwurfId !== undefined) return { ok: false, fehler: "nicht-gefunden" };
    const { token, hash } = neuerToken();
    const row = await insertEntwurf(db, {
      ...werte,
      fortsetzungTokenHash: hash,
      fortsetzungBisAm: new Date(jetzt.getTime() + FORTSETZUNG_TAGE * TAG_MS),
      erstelltAm: jetzt,
    });
    return { ok: true, entwurf: info(row), token };
  }

  const zugang = zugangAus(eingabe.zugang);
  if (!zugang) return { ok: false, fehler: "nicht-gefunden" };
  if (eingabe.entwurfId === undefined && "kontoId" in zugang) {
    const row = await insertEntwurf(db, { ...werte, kontoId: zugang.kontoId, erstelltAm: jetzt });
    return { ok: true, entwurf: info(row) };
  }
  const id =
    eingabe.entwurfId ?? (await findEntwurf(db, { wo: zugangBedingung(zugang, jetzt) }))?.id;
  if (!id || !istUuid(id)) return { ok: false, fehler: "nicht-gefunden" };
  const { formular, ...aenderung } = werte;
  const wo = and(zugangBedingung(zugang, jetzt), eq(entwurf.formular, formular)) as SQL;
  // The previous answers under the row lock, so that two saves at once (two tabs) each compare
  // with what the other left and no file still named is taken for a released one.
  const gespeichert = await db.transaction(async (tx) => {
    const vorher = await findEntwurf(tx, { id, wo, sperren: true });
    if (!vorher) return null;
    const row = await updateEntwurf(tx, { id, wo, werte: aenderung });
    return row ? { row, frei: nichtMehrBenutzt(id, vorher.antworten, row.antworten) } : null;
  });
  if (!gespeichert) return { ok: false, fehler: "nicht-gefunden" };
  await loescheDateien(eingabe.loescheDatei, gespeichert.frei);
  return { ok: true, entwurf: info(gespeichert.row) };
}

/**
 * A draft its holder may see: an account's by id, a token's by the token (the id, if given,
 * must match). Null for another account's draft, an expired draft or token, a malformed id, as
 * for an unknown one.
 */
export async function ladeEntwurf(
  db: Db,
  { entwurfId, zugang, jetzt = new Date() }: { entwurfId?: string; zugang: Zugang; jetzt?: Date },
): Promise<EntwurfInfo | null> {
  const zu = zugangAus(zugang);
  if (!zu) return null;
  if (entwurfId !== undefined && !istUuid(entwurfId)) return null;
  if (entwurfId === undefined && "kontoId" in zu) return null;
  const row = await findEntwurf(db, { id: entwurfId, wo: zugangBedingung(zu, jetzt) });
  return row ? info(row) : null;
}

/** An account's live drafts ("Meine Entwürfe"), last changed first, without the answers. */
export async function listeMeineEntwuerfe(
  db: Db,
  { kontoId, jetzt = new Date() }: { kontoId: string; jetzt?: Date },
) {
  if (!istUuid(kontoId)) return [];
  return findEntwuerfeVonKonto(db, { kontoId, jetzt });
}

const emailSchema = z.email().max(254);

export type FortsetzungsErgebnis =
  | { ok: true; token: string; gueltigBis: Date }
  | { ok: false; fehler: "nicht-gefunden" | "email-ungueltig" };

/**
 * Mails a resume link for a draft without an account (a signed-in citizen finds drafts in the
 * account). Issues a new token valid for 7 days and replaces the old one: there is one token
 * per draft, and a link that was mailed to a wrong address stops working when a new one is
 * requested. The new token is returned for the app's cookie. The rotation and handing the mail
 * to `post` are one transaction: if `post` fails, the old token keeps working.
 * Rate-limit the calls in the app: each sends a mail to an address the caller typed.
 */
export async function erzeugeFortsetzungslink(
  db: Db,
  {
    entwurfId,
    zugang,
    email,
    sprache,
    post,
    jetzt = new Date(),
  }: {
    entwurfId?: string;
    zugang: { token: string };
    email: string;
    sprache: Sprache;
    post: Post;
    jetzt?: Date;
  },
): Promise<FortsetzungsErgebnis> {
  const adresse = emailSchema.safeParse(email.trim());
  if (!adresse.success) return { ok: false, fehler: "email-ungueltig" };
  const zu = zugangAus(zugang);
  if (!zu || (entwurfId !== undefined && !istUuid(entwurfId))) {
    return { ok: false, fehler: "nicht-gefunden" };
  }
  const gueltigBis = new Date(jetzt.getTime() + FORTSETZUNG_TAGE * TAG_MS);
  return db.transaction(async (tx) => {
    const row = await findEntwurf(tx, {
      id: entwurfId,
      wo: zugangBedingung(zu, jetzt),
      sperren: true,
    });
    if (!row) return { ok: false, fehler: "nicht-gefunden" } as const;
    const { token, hash } = neuerToken();
    await updateEntwurf(tx, {
      id: row.id,
      wo: zugangBedingung(zu, jetzt),
      werte: { fortsetzungTokenHash: hash, fortsetzungBisAm: gueltigBis },
    });
    await post(fortsetzungsMail(adresse.data, sprache, token));
    return { ok: true, token, gueltigBis } as const;
  });
}

/**
 * Takes a draft reached by its token into the account of a citizen who signed in meanwhile: the
 * token stops working, the draft is the account's. Null when the token reaches no draft.
 */
export async function uebernehmeEntwurf(
  db: Db,
  {
    zugang,
    kontoId,
    jetzt = new Date(),
  }: { zugang: { token: string }; kontoId: string; jetzt?: Date },
): Promise<EntwurfInfo | null> {
  const zu = zugangAus(zugang);
  if (!zu || !istUuid(kontoId)) return null;
  const wo = zugangBedingung(zu, jetzt);
  const row = await findEntwurf(db, { wo });
  if (!row) return null;
  const neu = await updateEntwurf(db, {
    id: row.id,
    wo,
    werte: { kontoId, fortsetzungTokenHash: null, fortsetzungBisAm: null },
  });
  return neu ? info(neu) : null;
}

/** Deletes a draft its holder may reach, with its uploads; false when there is none. */
export async function loescheEntwurf(
  db: Db,
  {
    entwurfId,
    zugang,
    loescheDatei,
    jetzt = new Date(),
  }: { entwurfId?: string; zugang: Zugang; loescheDatei: LoescheDatei; jetzt?: Date },
): Promise<boolean> {
  const geladen = await ladeEntwurf(db, { entwurfId, zugang, jetzt });
  const zu = zugangAus(zugang);
  if (!geladen || !zu) return false;
  const row = await deleteEntwurf(db, { id: geladen.id, wo: zugangBedingung(zu, jetzt) });
  if (!row) return false;
  await loescheDateien(loescheDatei, entwurfsdateienIn(row.id, row.antworten));
  return true;
}

/**
 * Deletes expired and unreachable drafts with their uploads (for the worker's daily job);
 * returns how many drafts.
 */
export async function loescheAbgelaufeneEntwuerfe(
  db: Db,
  { loescheDatei, jetzt = new Date() }: { loescheDatei: LoescheDatei; jetzt?: Date },
): Promise<number> {
  const rows = await deleteAbgelaufeneEntwuerfe(db, { jetzt });
  for (const row of rows)
    await loescheDateien(loescheDatei, entwurfsdateienIn(row.id, row.antworten));
  return rows.length;
}

/**
 * The storage keys of every upload of an account's drafts (expired ones too). Deleting the
 * account deletes its drafts by the foreign key's cascade (@portal/auth knows nothing of
 * drafts); the app collects these first and removes the files once the account is gone.
 */
export async function entwurfsdateienVonKonto(
  db: Db,
  { kontoId }: { kontoId: string },
): Promise<string[]> {
  if (!istUuid(kontoId)) return [];
  const rows = await findAlleEntwuerfeVonKonto(db, { kontoId });
  return rows.flatMap((r) => entwurfsdateienIn(r.id, r.antworten));
}
