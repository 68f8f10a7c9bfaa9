import type { Post } from "@portal/auth/types";
import type { Db } from "@portal/db/client";
import type { z } from "zod";
import {
  empfaengerBedingung,
  findAlleNachrichten,
  findAnhang,
  findAnhangInfos,
  findBenachrichtigte,
  findGesendete,
  findNachricht,
  findNachrichtenSeite,
  insertAnhaenge,
  insertNachricht,
  markiereGelesenAm,
  setzeUngelesen,
  zaehleGesendete,
  zaehleNachrichten,
} from "../queries/nachricht.ts";
import { istUuid, type NeueNachricht, nachrichtSchema, PRO_SEITE } from "../types.ts";
import { benachrichtigungsMail } from "./mails.ts";

/** Who reads: the signed-in account and the organisation its session acts for, if any. */
export type Leser = { kontoId: string; organisationId?: string | null };

export type AnhangInfo = { id: string; dateiname: string; medientyp: string; groesse: number };

/** Why a message was not sent: each problem with its field path and a message for the sender. */
export type SendeFehler = { pfad: string; meldung: string }[];

export type SendeErgebnis =
  | { ok: true; id: string; benachrichtigt: number }
  | { ok: false; fehler: SendeFehler };

const fehlerAus = (e: z.ZodError): SendeFehler =>
  e.issues.map((i) => ({ pfad: i.path.join("."), meldung: i.message }));

/**
 * Sends a message to an account or an organisation: message and attachments in one
 * transaction, then a notification mail to the account (or every member of the organisation)
 * with a confirmed address, in their language. The mail says only who wrote, never what.
 * A failing mail does not undo the message (it is delivered; the mail is a courtesy).
 * Invalid input is refused with reasons, nothing stored.
 */
export async function sendeNachricht(
  db: Db,
  eingabe: NeueNachricht,
  { post, jetzt = new Date() }: { post: Post; jetzt?: Date },
): Promise<SendeErgebnis> {
  const geprueft = nachrichtSchema.safeParse(eingabe);
  if (!geprueft.success) return { ok: false, fehler: fehlerAus(geprueft.error) };
  const n = geprueft.data;

  const id = await db.transaction(async (tx) => {
    const row = await insertNachricht(tx, {
      kontoId: "kontoId" in n.an ? n.an.kontoId : null,
      organisationId: "organisationId" in n.an ? n.an.organisationId : null,
      absenderOeSchluessel: n.absender.oeSchluessel,
      absenderName: n.absender.name,
      betreff: n.betreff,
      text: n.text,
      verfahren: n.verfahren ?? null,
      gesendetAm: jetzt,
    });
    await insertAnhaenge(
      tx,
      n.anhaenge.map((a) => ({
        nachrichtId: row.id,
        dateiname: a.dateiname,
        medientyp: a.medientyp,
        groesse: a.inhalt.length,
        inhalt: a.inhalt,
      })),
    );
    return row.id;
  });

  const empfaenger = await findBenachrichtigte(db, n.an);
  let benachrichtigt = 0;
  for (const e of empfaenger) {
    if (!e.email || !e.emailBestaetigtAm) continue;
    try {
      await post(benachrichtigungsMail(e.email, e.sprache, n.absender.name));
      benachrichtigt++;
    } catch (fehler) {
      console.error("postfach: notification mail failed", { nachrichtId: id, fehler });
    }
  }
  return { ok: true, id, benachrichtigt };
}

const seiteVon = (seite: number) => (Number.isInteger(seite) && seite >= 1 ? seite : 1);
/** A caller's page size, bounded: a page of thousands would defeat the paging. */
const groesseVon = (proSeite: number) =>
  Number.isInteger(proSeite) ? Math.min(100, Math.max(1, proSeite)) : PRO_SEITE;

/**
 * One page of a reader's messages (newest first) with the total and unread counts. Messages to
 * the organisation are included only when the session acts for it (`organisationId`).
 */
export async function listeNachrichten(
  db: Db,
  {
    kontoId,
    organisationId,
    seite,
    proSeite = PRO_SEITE,
  }: Leser & { seite: number; proSeite?: number },
) {
  const wo = empfaengerBedingung({ kontoId, organisationId });
  const s = seiteVon(seite);
  const n = groesseVon(proSeite);
  const [zeilen, zahlen] = await Promise.all([
    findNachrichtenSeite(db, { wo, limit: n, offset: (s - 1) * n }),
    zaehleNachrichten(db, { wo }),
  ]);
  return {
    nachrichten: zeilen.map(({ gelesenAm, ...z }) => ({ ...z, gelesen: gelesenAm !== null })),
    gesamt: zahlen.gesamt,
    ungelesen: zahlen.ungelesen,
  };
}

/**
 * A message with its attachments' metadata, when it belongs to the reader (else null: an id of
 * someone else's message answers like an unknown one), and marks it read.
 */
export async function leseNachricht(
  db: Db,
  { id, kontoId, organisationId, jetzt = new Date() }: Leser & { id: string; jetzt?: Date },
) {
  if (!istUuid(id)) return null;
  const row = await findNachricht(db, { id, wo: empfaengerBedingung({ kontoId, organisationId }) });
  if (!row) return null;
  if (row.gelesenAm === null) await markiereGelesenAm(db, { id, jetzt });
  const anhaenge: AnhangInfo[] = (await findAnhangInfos(db, { nachrichtIds: [id] })).map(
    ({ nachrichtId: _, ...a }) => a,
  );
  return {
    id: row.id,
    absenderName: row.absenderName,
    betreff: row.betreff,
    text: row.text,
    verfahren: row.verfahren,
    gesendetAm: row.gesendetAm,
    gelesenAm: row.gelesenAm ?? jetzt,
    anOrganisation: row.organisationId !== null,
    anhaenge,
  };
}

/** Marks a reader's message unread again; false when it is not theirs (or unknown). */
export async function markiereUngelesen(
  db: Db,
  { id, kontoId, organisationId }: Leser & { id: string },
) {
  if (!istUuid(id)) return false;
  return setzeUngelesen(db, { id, wo: empfaengerBedingung({ kontoId, organisationId }) });
}

/** An attachment with its content, scoped like `leseNachricht` (null when not the reader's). */
export async function ladeAnhang(
  db: Db,
  {
    nachrichtId,
    anhangId,
    kontoId,
    organisationId,
  }: Leser & { nachrichtId: string; anhangId: string },
) {
  if (!istUuid(nachrichtId) || !istUuid(anhangId)) return null;
  const row = await findAnhang(db, {
    nachrichtId,
    anhangId,
    wo: empfaengerBedingung({ kontoId, organisationId }),
  });
  return row ?? null;
}

/**
 * The sender's view for staff: an Organisationseinheit's sent messages, newest first, with
 * whether they were read. The caller checks that the staff member may act for `oeSchluessel`.
 */
export async function listeGesendete(
  db: Db,
  {
    oeSchluessel,
    seite,
    proSeite = PRO_SEITE,
  }: { oeSchluessel: string; seite: number; proSeite?: number },
) {
  const s = seiteVon(seite);
  const n = groesseVon(proSeite);
  const [zeilen, gesamt] = await Promise.all([
    findGesendete(db, { oeSchluessel, limit: n, offset: (s - 1) * n }),
    zaehleGesendete(db, { oeSchluessel }),
  ]);
  return {
    nachrichten: zeilen.map(({ gelesenAm, ...z }) => ({ ...z, gelesen: gelesenAm !== null })),
    gesamt,
  };
}

/**
 * All messages to an account with their attachments' metadata, for the data export (Art. 15 and
 * 20 DSGVO). Messages to organisations are not the person's own data and are left out.
 */
export async function exportiereNachrichten(db: Db, { kontoId }: { kontoId: string }) {
  const zeilen = await findAlleNachrichten(db, { kontoId });
  const anhaenge = await findAnhangInfos(db, { nachrichtIds: zeilen.map((z) => z.id) });
  return zeilen.map((z) => ({
    id: z.id,
    absenderOeSchluessel: z.absenderOeSchluessel,
    absenderName: z.absenderName,
    betreff: z.betreff,
    text: z.text,
    verfahren: z.verfahren,
    gesendetAm: z.gesendetAm,
    gelesenAm: z.gelesenAm,
    anhaenge: anhaenge.filter((a) => a.nachrichtId === z.id).map(({ nachrichtId: _, ...a }) => a),
  }));
}
