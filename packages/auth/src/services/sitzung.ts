import type { Db } from "@portal/db/client";
import {
  beruehreSitzung,
  findSitzungMitKonto,
  insertSitzung,
  listOffeneSitzungen,
  widerrufeSitzung,
  widerrufeSitzungen,
} from "../queries/sitzung.ts";
import type {
  Bereich,
  GepruefteSitzung,
  KontoInfo,
  SitzungInfo,
  Vertrauensniveau,
} from "../types.ts";
import { protokolliere } from "./protokoll.ts";
import { neuerToken, tokenId } from "./token.ts";

/**
 * A session ends 12 hours after sign-in whatever happens: BSI IT-Grundschutz (APP.3.1.A1/A7,
 * CON.10) and the OWASP Session Management Cheat Sheet ask for an absolute timeout besides the
 * idle one, so that a stolen cookie is not usable forever; 12 h covers a working day of filling
 * in applications.
 */
export const SITZUNG_ABSOLUT_MS = 12 * 60 * 60 * 1000;

/**
 * A session ends after 30 minutes without a request: OWASP names 15–30 minutes for applications
 * with personal data; we take the upper end because long forms (with documents to find and
 * upload) are the portal's daily business, and drafts are saved anyway.
 */
export const SITZUNG_LEERLAUF_MS = 30 * 60 * 1000;

/**
 * `zuletztAktivAm` is written at most once a minute: every page of a signed-in user checks the
 * session, and a write per request would make each a database write. The idle timeout is thus
 * exact to a minute, which is plenty against 30.
 */
export const AKTIVITAET_SCHREIBEN_MS = 60 * 1000;

/** The user agent as stored: at most 200 characters, for the "your sessions" page only. */
const geraetKurz = (geraet: string | null | undefined) =>
  geraet ? [...geraet].slice(0, 200).join("") : null;

/**
 * Starts a session for an account and returns the token for the cookie (only its hash is
 * stored). Always a fresh token: never reuse one from before the sign-in (session fixation).
 */
export async function beginneSitzung(
  db: Db,
  {
    kontoId,
    geraet,
    bereich = "buergerkonto",
    vertrauensniveau = "niedrig",
    jetzt = new Date(),
  }: {
    kontoId: string;
    geraet?: string | null;
    bereich?: Bereich;
    vertrauensniveau?: Vertrauensniveau;
    jetzt?: Date;
  },
): Promise<{ token: string; laeuftAbAm: Date }> {
  const { token, id } = neuerToken();
  const laeuftAbAm = new Date(jetzt.getTime() + SITZUNG_ABSOLUT_MS);
  await insertSitzung(db, {
    id,
    kontoId,
    erstelltAm: jetzt,
    zuletztAktivAm: jetzt,
    laeuftAbAm,
    geraet: geraetKurz(geraet),
    bereich,
    vertrauensniveau,
  });
  return { token, laeuftAbAm };
}

type SitzungRow = NonNullable<Awaited<ReturnType<typeof findSitzungMitKonto>>>["sitzung"];

const istOffen = (s: SitzungRow, jetzt: Date) =>
  s.widerrufenAm === null &&
  s.laeuftAbAm.getTime() > jetzt.getTime() &&
  jetzt.getTime() - s.zuletztAktivAm.getTime() < SITZUNG_LEERLAUF_MS;

/**
 * The account behind a cookie's token, or null when the session is unknown, revoked, past its
 * absolute end, idle for SITZUNG_LEERLAUF_MS, or of another `bereich` (a staff session is no
 * citizen session and the other way round). A live session's activity is moved forward (at
 * most one write per AKTIVITAET_SCHREIBEN_MS).
 */
export async function pruefeSitzung(
  db: Db,
  {
    token,
    bereich = "buergerkonto",
    jetzt = new Date(),
  }: { token: string; bereich?: Bereich; jetzt?: Date },
): Promise<{ konto: KontoInfo; sitzung: GepruefteSitzung } | null> {
  if (!token) return null;
  const row = await findSitzungMitKonto(db, { id: tokenId(token) });
  if (!row || row.sitzung.bereich !== bereich || !istOffen(row.sitzung, jetzt)) return null;
  const { sitzung } = row;
  let zuletztAktivAm = sitzung.zuletztAktivAm;
  if (jetzt.getTime() - zuletztAktivAm.getTime() >= AKTIVITAET_SCHREIBEN_MS) {
    const vor = new Date(jetzt.getTime() - AKTIVITAET_SCHREIBEN_MS);
    await beruehreSitzung(db, { id: sitzung.id, jetzt, vor });
    zuletztAktivAm = jetzt;
  }
  return {
    konto: row.konto,
    sitzung: {
      id: sitzung.id,
      erstelltAm: sitzung.erstelltAm,
      laeuftAbAm: sitzung.laeuftAbAm,
      zuletztAktivAm,
      bereich: sitzung.bereich,
      vertrauensniveau: sitzung.vertrauensniveau,
      organisationId: sitzung.organisationId,
    },
  };
}

/** Signs out: revokes the session of a token (nothing happens for an unknown one). */
export async function beendeSitzung(
  db: Db,
  { token, jetzt = new Date() }: { token: string; jetzt?: Date },
): Promise<void> {
  const beendet = await widerrufeSitzung(db, { id: tokenId(token), jetzt });
  if (beendet) await protokolliere(db, { kontoId: beendet.kontoId, art: "abgemeldet", jetzt });
}

/**
 * Ends one session of an account from the "your sessions" page, by the id that page shows.
 * Scoped to `kontoId` (from the caller's session, never from the form): an id of another
 * account's session does nothing. Returns whether a session was ended.
 */
export async function beendeSitzungVonKonto(
  db: Db,
  { kontoId, sitzungId, jetzt = new Date() }: { kontoId: string; sitzungId: string; jetzt?: Date },
): Promise<boolean> {
  const anzahl = await widerrufeSitzungen(db, { kontoId, nurId: sitzungId, jetzt });
  if (anzahl > 0) await protokolliere(db, { kontoId, art: "sitzung-beendet", jetzt });
  return anzahl > 0;
}

/**
 * Ends every session of an account ("sign out everywhere"), except the one of `ausserToken`
 * when given (the request's own). Returns how many were ended.
 */
export async function beendeAlleSitzungen(
  db: Db,
  {
    kontoId,
    ausserToken,
    jetzt = new Date(),
  }: { kontoId: string; ausserToken?: string; jetzt?: Date },
): Promise<number> {
  const ausserId = ausserToken === undefined ? undefined : tokenId(ausserToken);
  const anzahl = await widerrufeSitzungen(db, { kontoId, ausserId, jetzt });
  await protokolliere(db, {
    kontoId,
    art: "alle-sitzungen-beendet",
    details: { anzahl, ausserAktueller: ausserId !== undefined },
    jetzt,
  });
  return anzahl;
}

/**
 * The live sessions of an account, most recently active first, for the "your sessions" page;
 * `aktuellerToken` marks the one of the asking request.
 */
export async function listeSitzungen(
  db: Db,
  {
    kontoId,
    aktuellerToken,
    jetzt = new Date(),
  }: { kontoId: string; aktuellerToken?: string; jetzt?: Date },
): Promise<SitzungInfo[]> {
  const aktuell = aktuellerToken === undefined ? undefined : tokenId(aktuellerToken);
  const rows = await listOffeneSitzungen(db, { kontoId, jetzt });
  return rows
    .filter((s) => istOffen(s, jetzt))
    .map((s) => ({
      id: s.id,
      erstelltAm: s.erstelltAm,
      zuletztAktivAm: s.zuletztAktivAm,
      laeuftAbAm: s.laeuftAbAm,
      geraet: s.geraet,
      aktuell: s.id === aktuell,
    }));
}
