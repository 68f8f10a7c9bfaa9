import type { Db } from "@portal/db/client";
import { and, desc, eq, gt, isNull, lte, or, type SQL } from "drizzle-orm";
import { entwurf } from "../schema.ts";

export type EntwurfRow = typeof entwurf.$inferSelect;

/**
 * Who may reach a draft: the account it belongs to, or whoever holds its resume token (only
 * the hash is compared, and only while the token is valid). Never both: a token does not open
 * an account's draft (an account's draft has no token), and an account does not open a draft
 * that belongs to nobody.
 */
export type EntwurfZugang = { kontoId: string } | { tokenHash: string };

/** The condition for a live draft the holder of `zugang` may reach at `jetzt`. */
export function zugangBedingung(zugang: EntwurfZugang, jetzt: Date): SQL {
  const lebt = gt(entwurf.laeuftAbAm, jetzt);
  if ("kontoId" in zugang) return and(eq(entwurf.kontoId, zugang.kontoId), lebt) as SQL;
  return and(
    eq(entwurf.fortsetzungTokenHash, zugang.tokenHash),
    gt(entwurf.fortsetzungBisAm, jetzt),
    isNull(entwurf.kontoId),
    lebt,
  ) as SQL;
}

export async function insertEntwurf(db: Db, neu: typeof entwurf.$inferInsert) {
  const [row] = await db.insert(entwurf).values(neu).returning();
  if (!row) throw new Error("insert entwurf returned nothing");
  return row;
}

/**
 * A draft by id (or, for a token, the token's draft when no id is given), when `wo` allows it.
 * `sperren` locks the row until the transaction ends (`for update`): submitting a draft twice
 * at once then waits for the first submission, which deletes it.
 */
export async function findEntwurf(
  db: Db,
  { id, wo, sperren = false }: { id?: string; wo: SQL; sperren?: boolean },
) {
  const bedingung = id ? and(eq(entwurf.id, id), wo) : wo;
  const abfrage = db.select().from(entwurf).where(bedingung);
  const [row] = sperren ? await abfrage.for("update") : await abfrage;
  return row;
}

export async function updateEntwurf(
  db: Db,
  { id, wo, werte }: { id: string; wo: SQL; werte: Partial<typeof entwurf.$inferInsert> },
) {
  const [row] = await db
    .update(entwurf)
    .set(werte)
    .where(and(eq(entwurf.id, id), wo))
    .returning();
  return row;
}

/** Deletes a draft when `wo` allows it; its id and answers (to find its files), or undefined. */
export async function deleteEntwurf(db: Db, { id, wo }: { id: string; wo: SQL }) {
  const [row] = await db
    .delete(entwurf)
    .where(and(eq(entwurf.id, id), wo))
    .returning({ id: entwurf.id, antworten: entwurf.antworten });
  return row;
}

/** An account's live drafts, last changed first (index entwurf_konto). */
export async function findEntwuerfeVonKonto(
  db: Db,
  { kontoId, jetzt }: { kontoId: string; jetzt: Date },
) {
  return db
    .select({
      id: entwurf.id,
      formular: entwurf.formular,
      version: entwurf.version,
      seite: entwurf.seite,
      erstelltAm: entwurf.erstelltAm,
      geaendertAm: entwurf.geaendertAm,
      laeuftAbAm: entwurf.laeuftAbAm,
    })
    .from(entwurf)
    .where(and(eq(entwurf.kontoId, kontoId), gt(entwurf.laeuftAbAm, jetzt)))
    .orderBy(desc(entwurf.geaendertAm), desc(entwurf.id));
}

/**
 * Deletes the drafts nobody can use any more: expired ones, and drafts without an account whose
 * resume token has expired (nobody can reach them). Returns their ids and answers (to find
 * their files).
 */
export async function deleteAbgelaufeneEntwuerfe(db: Db, { jetzt }: { jetzt: Date }) {
  return db
    .delete(entwurf)
    .where(
      or(
        lte(entwurf.laeuftAbAm, jetzt),
        and(isNull(entwurf.kontoId), lte(entwurf.fortsetzungBisAm, jetzt)),
      ),
    )
    .returning({ id: entwurf.id, antworten: entwurf.antworten });
}

/**
 * Every draft of an account, expired or not, as stored (without the resume token's hash, a
 * secret): for the account's data export and for deleting the account's files with it.
 */
export async function findAlleEntwuerfeVonKonto(db: Db, { kontoId }: { kontoId: string }) {
  return db
    .select({
      id: entwurf.id,
      formular: entwurf.formular,
      version: entwurf.version,
      seite: entwurf.seite,
      antworten: entwurf.antworten,
      erstelltAm: entwurf.erstelltAm,
      geaendertAm: entwurf.geaendertAm,
      laeuftAbAm: entwurf.laeuftAbAm,
    })
    .from(entwurf)
    .where(eq(entwurf.kontoId, kontoId))
    .orderBy(desc(entwurf.geaendertAm), desc(entwurf.id));
}
