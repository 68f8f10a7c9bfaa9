import { konto, mitgliedschaft } from "@portal/auth/schema";
import type { Db } from "@portal/db/client";
import { and, count, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { nachricht, nachrichtAnhang } from "../schema.ts";

export type NachrichtRow = typeof nachricht.$inferSelect;

/**
 * The messages a person may read: those to their account, and those to the organisation the
 * session acts for. Two arms of an OR over the two indexed columns, so PostgreSQL can combine
 * the indexes (nachricht_konto, nachricht_organisation) instead of scanning.
 */
export function empfaengerBedingung({
  kontoId,
  organisationId,
}: {
  kontoId: string;
  organisationId?: string | null;
}): SQL {
  const anKonto = eq(nachricht.kontoId, kontoId);
  return organisationId
    ? (or(anKonto, eq(nachricht.organisationId, organisationId)) as SQL)
    : anKonto;
}

export async function insertNachricht(db: Db, neu: typeof nachricht.$inferInsert) {
  const [row] = await db.insert(nachricht).values(neu).returning();
  if (!row) throw new Error("insert nachricht returned nothing");
  return row;
}

export async function insertAnhaenge(db: Db, neu: (typeof nachrichtAnhang.$inferInsert)[]) {
  if (neu.length === 0) return;
  await db.insert(nachrichtAnhang).values(neu);
}

// Written out: in a one-table select drizzle leaves column names unqualified, and inside the
// subquery an unqualified "id" would be the attachment's. Uses index nachricht_anhang_nachricht.
const anhangZahl = sql<number>`(select count(*)::int from "nachricht_anhang" a where a."nachricht_id" = "nachricht"."id")`;

/** One page of a recipient's messages, newest first, with the number of attachments each. */
export async function findNachrichtenSeite(
  db: Db,
  { wo, limit, offset }: { wo: SQL; limit: number; offset: number },
) {
  return db
    .select({
      id: nachricht.id,
      absenderName: nachricht.absenderName,
      betreff: nachricht.betreff,
      gesendetAm: nachricht.gesendetAm,
      gelesenAm: nachricht.gelesenAm,
      anhaenge: anhangZahl,
    })
    .from(nachricht)
    .where(wo)
    .orderBy(desc(nachricht.gesendetAm), desc(nachricht.id))
    .limit(limit)
    .offset(offset);
}

/** Total and unread messages in one pass over the recipient's index entries. */
export async function zaehleNachrichten(db: Db, { wo }: { wo: SQL }) {
  const [row] = await db
    .select({
      gesamt: count(),
      ungelesen: sql<number>`count(*) filter (where ${nachricht.gelesenAm} is null)`.mapWith(
        Number,
      ),
    })
    .from(nachricht)
    .where(wo);
  return { gesamt: row?.gesamt ?? 0, ungelesen: row?.ungelesen ?? 0 };
}

/** A message by id, only when it belongs to the recipient (else undefined). */
export async function findNachricht(db: Db, { id, wo }: { id: string; wo: SQL }) {
  const [row] = await db
    .select()
    .from(nachricht)
    .where(and(eq(nachricht.id, id), wo));
  return row;
}

/** Attachment metadata (without the content) of messages. */
export async function findAnhangInfos(db: Db, { nachrichtIds }: { nachrichtIds: string[] }) {
  if (nachrichtIds.length === 0) return [];
  return db
    .select({
      id: nachrichtAnhang.id,
      nachrichtId: nachrichtAnhang.nachrichtId,
      dateiname: nachrichtAnhang.dateiname,
      medientyp: nachrichtAnhang.medientyp,
      groesse: nachrichtAnhang.groesse,
    })
    .from(nachrichtAnhang)
    .where(inArray(nachrichtAnhang.nachrichtId, nachrichtIds))
    .orderBy(nachrichtAnhang.dateiname, nachrichtAnhang.id);
}

/** An attachment with its content, only when its message belongs to the recipient. */
export async function findAnhang(
  db: Db,
  { nachrichtId, anhangId, wo }: { nachrichtId: string; anhangId: string; wo: SQL },
) {
  const [row] = await db
    .select({
      id: nachrichtAnhang.id,
      dateiname: nachrichtAnhang.dateiname,
      medientyp: nachrichtAnhang.medientyp,
      groesse: nachrichtAnhang.groesse,
      inhalt: nachrichtAnhang.inhalt,
    })
    .from(nachrichtAnhang)
    .innerJoin(nachricht, eq(nachricht.id, nachrichtAnhang.nachrichtId))
    .where(and(eq(nachrichtAnhang.id, anhangId), eq(nachricht.id, nachrichtId), wo));
  return row;
}

/** Sets the read time once (a second reading keeps the first time); returns whether it changed. */
export async function markiereGelesenAm(db: Db, { id, jetzt }: { id: string; jetzt: Date }) {
  await db
    .update(nachricht)
    .set({ gelesenAm: jetzt })
    .where(and(eq(nachricht.id, id), isNull(nachricht.gelesenAm)));
}

export async function setzeUngelesen(db: Db, { id, wo }: { id: string; wo: SQL }) {
  const rows = await db
    .update(nachricht)
    .set({ gelesenAm: null })
    .where(and(eq(nachricht.id, id), wo))
    .returning({ id: nachricht.id });
  return rows.length > 0;
}

/** A sender's messages, newest first (index nachricht_absender). */
export async function findGesendete(
  db: Db,
  { oeSchluessel, limit, offset }: { oeSchluessel: string; limit: number; offset: number },
) {
  return db
    .select({
      id: nachricht.id,
      kontoId: nachricht.kontoId,
      organisationId: nachricht.organisationId,
      betreff: nachricht.betreff,
      verfahren: nachricht.verfahren,
      gesendetAm: nachricht.gesendetAm,
      gelesenAm: nachricht.gelesenAm,
      anhaenge: anhangZahl,
    })
    .from(nachricht)
    .where(eq(nachricht.absenderOeSchluessel, oeSchluessel))
    .orderBy(desc(nachricht.gesendetAm), desc(nachricht.id))
    .limit(limit)
    .offset(offset);
}

export async function zaehleGesendete(db: Db, { oeSchluessel }: { oeSchluessel: string }) {
  const [row] = await db
    .select({ gesamt: count() })
    .from(nachricht)
    .where(eq(nachricht.absenderOeSchluessel, oeSchluessel));
  return row?.gesamt ?? 0;
}

/** All messages to an account (not its organisations': they are the organisation's data). */
export async function findAlleNachrichten(db: Db, { kontoId }: { kontoId: string }) {
  return db
    .select()
    .from(nachricht)
    .where(eq(nachricht.kontoId, kontoId))
    .orderBy(desc(nachricht.gesendetAm), desc(nachricht.id));
}

/** Who is notified of a message: the account, or every member of the organisation. */
export async function findBenachrichtigte(
  db: Db,
  an: { kontoId: string } | { organisationId: string },
) {
  if ("kontoId" in an) {
    return db
      .select({
        id: konto.id,
        email: konto.email,
        emailBestaetigtAm: konto.emailBestaetigtAm,
        sprache: konto.sprache,
      })
      .from(konto)
      .where(eq(konto.id, an.kontoId));
  }
  return db
    .select({
      id: konto.id,
      email: konto.email,
      emailBestaetigtAm: konto.emailBestaetigtAm,
      sprache: konto.sprache,
    })
    .from(mitgliedschaft)
    .innerJoin(konto, eq(konto.id, mitgliedschaft.kontoId))
    .where(eq(mitgliedschaft.organisationId, an.organisationId));
}
