import type { Db } from "@portal/db/client";
import { and, asc, desc, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import {
  idempotencyKey,
  kassenzeichenKreis,
  kassenzeichenZaehler,
  paymentEvent,
  paymentIntent,
  sepaMandat,
} from "../schema.ts";
import type { Ereignisart, Zahlungsstatus } from "../types.ts";
import { insertZustellungen } from "./webhooks.ts";

export type IntentRow = typeof paymentIntent.$inferSelect;
export type EventRow = typeof paymentEvent.$inferSelect;
export type MandatRow = typeof sepaMandat.$inferSelect;

/** The authority's number in the Kassenzeichen, assigned on its first payment. */
export async function kreisDerOe(db: Db, { oeSchluessel }: { oeSchluessel: string }) {
  const lies = () =>
    db
      .select({ nummer: kassenzeichenKreis.nummer })
      .from(kassenzeichenKreis)
      .where(eq(kassenzeichenKreis.oeSchluessel, oeSchluessel));
  // Read first: an insert that conflicts still draws from the identity sequence.
  const [vorhanden] = await lies();
  if (vorhanden) return vorhanden.nummer;
  await db.insert(kassenzeichenKreis).values({ oeSchluessel }).onConflictDoNothing();
  const [row] = await lies();
  if (!row) throw new Error("kassenzeichen_kreis returned nothing");
  return row.nummer;
}

/** The next counter value of an authority in a year, under the counter row's lock. */
export async function naechsterKassenzeichenwert(
  db: Db,
  { oeSchluessel, jahr }: { oeSchluessel: string; jahr: number },
): Promise<number> {
  const [row] = await db
    .insert(kassenzeichenZaehler)
    .values({ oeSchluessel, jahr, wert: 1 })
    .onConflictDoUpdate({
      target: [kassenzeichenZaehler.oeSchluessel, kassenzeichenZaehler.jahr],
      set: { wert: sql`${kassenzeichenZaehler.wert} + 1` },
    })
    .returning({ wert: kassenzeichenZaehler.wert });
  if (!row) throw new Error("kassenzeichen_zaehler returned nothing");
  return row.wert;
}

export async function insertIntent(db: Db, neu: typeof paymentIntent.$inferInsert) {
  const [row] = await db.insert(paymentIntent).values(neu).returning();
  if (!row) throw new Error("insert payment_intent returned nothing");
  return row;
}

/** An intent by id; `sperren` locks it for the transaction (`for update`). */
export async function findIntent(
  db: Db,
  { id, oes, sperren = false }: { id: string; oes?: readonly string[]; sperren?: boolean },
) {
  const bedingung =
    oes === undefined
      ? eq(paymentIntent.id, id)
      : and(eq(paymentIntent.id, id), inArray(paymentIntent.oeSchluessel, [...oes]));
  const abfrage = db.select().from(paymentIntent).where(bedingung);
  const [row] = sperren ? await abfrage.for("update") : await abfrage;
  return row;
}

export async function updateIntent(
  db: Db,
  { id, werte }: { id: string; werte: Partial<typeof paymentIntent.$inferInsert> },
) {
  const [row] = await db
    .update(paymentIntent)
    .set(werte)
    .where(eq(paymentIntent.id, id))
    .returning();
  if (!row) throw new Error("update payment_intent returned nothing");
  return row;
}

/**
 * Writes an event and, in the same transaction (`db` is the caller's), its webhook outbox rows
 * (`insertZustellungen`): the event and its deliveries commit or roll back together, so a crash
 * after the commit still leaves the deliveries to be sent (issue 10, item 5).
 */
export async function insertEvent(
  db: Db,
  neu: { intentId: string; type: Ereignisart; data?: Record<string, unknown>; at: Date },
) {
  const [row] = await db.insert(paymentEvent).values(neu).returning({ id: paymentEvent.id });
  if (!row) throw new Error("insert payment_event returned nothing");
  await insertZustellungen(db, {
    eventId: row.id,
    intentId: neu.intentId,
    type: neu.type,
    at: neu.at,
  });
}

export async function findEvents(db: Db, { intentId }: { intentId: string }) {
  return db
    .select()
    .from(paymentEvent)
    .where(eq(paymentEvent.intentId, intentId))
    .orderBy(asc(paymentEvent.id));
}

/**
 * The intents that became final (succeeded, failed) at or after `seit`, as they are now, oldest
 * change first, at most `limit` (index payment_event_endgueltig).
 */
export async function findEndgueltigSeit(db: Db, { seit, limit }: { seit: Date; limit: number }) {
  const geaendert = db
    .selectDistinct({ intentId: paymentEvent.intentId })
    .from(paymentEvent)
    .where(
      and(
        inArray(paymentEvent.type, ["payment_intent.succeeded", "payment_intent.payment_failed"]),
        gte(paymentEvent.at, seit),
      ),
    );
  return db
    .select()
    .from(paymentIntent)
    .where(
      and(
        inArray(paymentIntent.id, geaendert),
        inArray(paymentIntent.status, ["succeeded", "failed"]),
      ),
    )
    .orderBy(asc(paymentIntent.created), asc(paymentIntent.id))
    .limit(limit);
}

/**
 * A page of an authority's intents, newest first, keyset-paginated on (created, id) after
 * `nach` (the last row of the previous page). One row more than `limit` tells whether there is
 * a next page.
 */
export async function listIntents(
  db: Db,
  {
    oes,
    status,
    von,
    bis,
    nach,
    limit,
  }: {
    oes: readonly string[];
    status?: Zahlungsstatus;
    von?: Date;
    bis?: Date;
    nach?: { created: Date; id: string };
    limit: number;
  },
) {
  const teile: SQL[] = [inArray(paymentIntent.oeSchluessel, [...oes])];
  if (status) teile.push(eq(paymentIntent.status, status));
  if (von) teile.push(gte(paymentIntent.created, von));
  if (bis) teile.push(lt(paymentIntent.created, bis));
  if (nach) {
    teile.push(
      or(
        lt(paymentIntent.created, nach.created),
        and(eq(paymentIntent.created, nach.created), lt(paymentIntent.id, nach.id)),
      ) as SQL,
    );
  }
  return db
    .select()
    .from(paymentIntent)
    .where(and(...teile))
    .orderBy(desc(paymentIntent.created), desc(paymentIntent.id))
    .limit(limit + 1);
}

/**
 * Claims an idempotency key for this request: inserts it, or, when it exists, returns the
 * stored row. A concurrent first request holds the key's index entry until it commits, so this
 * statement waits and then sees its committed row (READ COMMITTED: a new statement, a new
 * snapshot); if that request rolled back, this one claims the key.
 */
export async function beanspruche(
  db: Db,
  { key, requestHash, jetzt }: { key: string; requestHash: string; jetzt: Date },
): Promise<{ neu: true } | { neu: false; requestHash: string; response: unknown }> {
  const eingefuegt = await db
    .insert(idempotencyKey)
    .values({ key, requestHash, created: jetzt })
    .onConflictDoNothing()
    .returning({ key: idempotencyKey.key });
  if (eingefuegt.length > 0) return { neu: true };
  const [row] = await db.select().from(idempotencyKey).where(eq(idempotencyKey.key, key));
  if (!row) throw new Error("idempotency_key vanished");
  return { neu: false, requestHash: row.requestHash, response: row.response };
}

export async function speichereAntwort(
  db: Db,
  { key, response }: { key: string; response: unknown },
) {
  await db.update(idempotencyKey).set({ response }).where(eq(idempotencyKey.key, key));
}

export async function loescheIdempotenzVor(db: Db, { vor }: { vor: Date }) {
  const rows = await db
    .delete(idempotencyKey)
    .where(lt(idempotencyKey.created, vor))
    .returning({ key: idempotencyKey.key });
  return rows.length;
}

export async function insertMandat(db: Db, neu: typeof sepaMandat.$inferInsert) {
  const [row] = await db.insert(sepaMandat).values(neu).returning();
  if (!row) throw new Error("insert sepa_mandat returned nothing");
  return row;
}

export async function findMandat(db: Db, { intentId }: { intentId: string }) {
  const [row] = await db.select().from(sepaMandat).where(eq(sepaMandat.intentId, intentId));
  return row;
}
