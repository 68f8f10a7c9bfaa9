import type { Db } from "@portal/db/client";
import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql } from "drizzle-orm";
import {
  auszugImport,
  kasseKonto,
  lastschriftDatei,
  paymentEvent,
  paymentIntent,
  sepaMandat,
} from "../schema.ts";

export type KassenkontoRow = typeof kasseKonto.$inferSelect;
export type LastschriftdateiRow = typeof lastschriftDatei.$inferSelect;
export type AuszugsimportRow = typeof auszugImport.$inferSelect;

export async function findKassenkonto(db: Db, { oeSchluessel }: { oeSchluessel: string }) {
  const [row] = await db.select().from(kasseKonto).where(eq(kasseKonto.oeSchluessel, oeSchluessel));
  return row;
}

export async function upsertKassenkonto(db: Db, werte: typeof kasseKonto.$inferInsert) {
  const [row] = await db
    .insert(kasseKonto)
    .values(werte)
    .onConflictDoUpdate({ target: kasseKonto.oeSchluessel, set: werte })
    .returning();
  if (!row) throw new Error("upsert kasse_konto returned nothing");
  return row;
}

/**
 * The debits of an authority still to export: the intent `processing`, a mandate not in a file.
 * The mandates are locked `for update skip locked`, so a concurrent export skips what this one
 * takes (and the intents are not locked: a concurrent booking of the bank's outcome is not held up).
 */
export async function sperreOffeneLastschriften(
  db: Db,
  { oeSchluessel }: { oeSchluessel: string },
) {
  return db
    .select({ mandat: sepaMandat, intent: paymentIntent })
    .from(sepaMandat)
    .innerJoin(paymentIntent, eq(paymentIntent.id, sepaMandat.intentId))
    .where(
      and(
        eq(paymentIntent.oeSchluessel, oeSchluessel),
        eq(paymentIntent.status, "processing"),
        eq(paymentIntent.paymentMethodType, "sepa_debit"),
        isNull(sepaMandat.lastschriftDateiId),
      ),
    )
    .orderBy(asc(sepaMandat.faelligAm), asc(sepaMandat.created))
    .for("update", { of: sepaMandat, skipLocked: true });
}

export async function insertLastschriftdatei(db: Db, neu: typeof lastschriftDatei.$inferInsert) {
  const [row] = await db.insert(lastschriftDatei).values(neu).returning();
  if (!row) throw new Error("insert lastschrift_datei returned nothing");
  return row;
}

export async function verknuepfeMandate(
  db: Db,
  { intentIds, dateiId, faelligAm }: { intentIds: string[]; dateiId: string; faelligAm: string },
) {
  await db
    .update(sepaMandat)
    .set({
      lastschriftDateiId: dateiId,
      // Keep the first pre-notified date when the export moves it.
      urspruenglichFaelligAm: sql`case when ${sepaMandat.faelligAm} <> ${faelligAm}::date then coalesce(${sepaMandat.urspruenglichFaelligAm}, ${sepaMandat.faelligAm}) else ${sepaMandat.urspruenglichFaelligAm} end`,
      faelligAm,
    })
    .where(inArray(sepaMandat.intentId, intentIds));
}

export async function listLastschriftdateien(
  db: Db,
  { oes, limit }: { oes: readonly string[]; limit: number },
) {
  const { xml: _xml, ...spalten } = getTableColumns(lastschriftDatei);
  return db
    .select(spalten)
    .from(lastschriftDatei)
    .where(inArray(lastschriftDatei.oeSchluessel, [...oes]))
    .orderBy(desc(lastschriftDatei.erstelltAm), desc(lastschriftDatei.id))
    .limit(limit);
}

export async function findLastschriftdatei(
  db: Db,
  { oes, id }: { oes: readonly string[]; id: string },
) {
  const [row] = await db
    .select()
    .from(lastschriftDatei)
    .where(and(eq(lastschriftDatei.id, id), inArray(lastschriftDatei.oeSchluessel, [...oes])));
  return row;
}

/** The mandates of the given end-to-end ids (Kassenzeichen) with their intents, intents locked. */
export async function findeIntentsNachKassenzeichen(
  db: Db,
  { kassenzeichen }: { kassenzeichen: string[] },
) {
  if (kassenzeichen.length === 0) return [];
  return db
    .select({ intent: paymentIntent, dateiId: sepaMandat.lastschriftDateiId })
    .from(paymentIntent)
    .leftJoin(sepaMandat, eq(sepaMandat.intentId, paymentIntent.id))
    .where(inArray(paymentIntent.kassenzeichen, kassenzeichen))
    .for("update", { of: paymentIntent });
}

/** The open (processing) Kassenzeichen of an authority's bank transfers, for remittance matching. */
export async function offeneUeberweisungen(db: Db, { oeSchluessel }: { oeSchluessel: string }) {
  return db
    .select({ kassenzeichen: paymentIntent.kassenzeichen })
    .from(paymentIntent)
    .where(
      and(
        eq(paymentIntent.oeSchluessel, oeSchluessel),
        eq(paymentIntent.status, "processing"),
        eq(paymentIntent.paymentMethodType, "bank_transfer"),
      ),
    );
}

export async function findAuszugsimport(
  db: Db,
  {
    oeSchluessel,
    art,
    msgId,
    sha256,
  }: { oeSchluessel: string; art: string; msgId: string; sha256: string },
) {
  const [row] = await db
    .select({ id: auszugImport.id })
    .from(auszugImport)
    .where(
      and(
        eq(auszugImport.oeSchluessel, oeSchluessel),
        sql`((${auszugImport.art} = ${art} and ${auszugImport.msgId} = ${msgId}) or ${auszugImport.sha256} = ${sha256})`,
      ),
    );
  return row;
}

export async function insertAuszugsimport(db: Db, neu: typeof auszugImport.$inferInsert) {
  const [row] = await db.insert(auszugImport).values(neu).returning();
  if (!row) throw new Error("insert auszug_import returned nothing");
  return row;
}

export async function listAuszugsimporte(
  db: Db,
  { oes, limit }: { oes: readonly string[]; limit: number },
) {
  return db
    .select()
    .from(auszugImport)
    .where(inArray(auszugImport.oeSchluessel, [...oes]))
    .orderBy(desc(auszugImport.importiertAm), desc(auszugImport.id))
    .limit(limit);
}

/**
 * The bookings of an authority in a time range for the HKR export: the events that move money
 * (succeeded, payment_failed, partially_refunded, refunded) with their intent and, for a failed
 * debit, whether it had been exported in a file (a debit refused before export moved no money).
 */
export async function buchungsereignisse(
  db: Db,
  { oeSchluessel, von, bis }: { oeSchluessel: string; von: Date; bis: Date },
) {
  return db
    .select({
      event: paymentEvent,
      intent: paymentIntent,
      dateiId: sepaMandat.lastschriftDateiId,
    })
    .from(paymentEvent)
    .innerJoin(paymentIntent, eq(paymentIntent.id, paymentEvent.intentId))
    .leftJoin(sepaMandat, eq(sepaMandat.intentId, paymentIntent.id))
    .where(
      and(
        eq(paymentIntent.oeSchluessel, oeSchluessel),
        inArray(paymentEvent.type, [
          "payment_intent.succeeded",
          "payment_intent.payment_failed",
          "payment_intent.partially_refunded",
          "payment_intent.refunded",
        ]),
        sql`${paymentEvent.at} >= ${von.toISOString()} and ${paymentEvent.at} < ${bis.toISOString()}`,
      ),
    )
    .orderBy(asc(paymentEvent.at), asc(paymentEvent.id));
}

export async function updateAuszugsimport(
  db: Db,
  { id, werte }: { id: string; werte: Partial<typeof auszugImport.$inferInsert> },
) {
  const [row] = await db.update(auszugImport).set(werte).where(eq(auszugImport.id, id)).returning();
  if (!row) throw new Error("update auszug_import returned nothing");
  return row;
}

/** The debits of an exported file of an authority, by the file's MsgId (a pain.002 names it). */
export async function lastschriftenDerDatei(
  db: Db,
  { oeSchluessel, msgId }: { oeSchluessel: string; msgId: string },
) {
  return db
    .select({ kassenzeichen: paymentIntent.kassenzeichen, amount: paymentIntent.amount })
    .from(sepaMandat)
    .innerJoin(lastschriftDatei, eq(lastschriftDatei.id, sepaMandat.lastschriftDateiId))
    .innerJoin(paymentIntent, eq(paymentIntent.id, sepaMandat.intentId))
    .where(and(eq(lastschriftDatei.msgId, msgId), eq(lastschriftDatei.oeSchluessel, oeSchluessel)))
    .orderBy(asc(paymentIntent.kassenzeichen));
}
