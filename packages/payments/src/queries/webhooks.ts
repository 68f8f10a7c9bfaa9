import type { Db } from "@portal/db/client";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { paymentEvent, webhookAbonnement, webhookZustellung } from "../schema.ts";
import type { Ereignisart } from "../types.ts";

export type AbonnementRow = typeof webhookAbonnement.$inferSelect;
export type ZustellungRow = typeof webhookZustellung.$inferSelect;

export async function insertAbonnement(db: Db, neu: typeof webhookAbonnement.$inferInsert) {
  const [row] = await db.insert(webhookAbonnement).values(neu).returning();
  if (!row) throw new Error("insert webhook_abonnement returned nothing");
  return row;
}

/** The subscriptions of the authorities, newest first (revoked ones too). */
export async function findAbonnements(db: Db, { oes }: { oes: readonly string[] }) {
  if (oes.length === 0) return [];
  return db
    .select()
    .from(webhookAbonnement)
    .where(inArray(webhookAbonnement.oeSchluessel, [...oes]))
    .orderBy(desc(webhookAbonnement.erstellt), desc(webhookAbonnement.id));
}

export async function findAbonnement(db: Db, { id, oes }: { id: string; oes: readonly string[] }) {
  if (oes.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(webhookAbonnement)
    .where(and(eq(webhookAbonnement.id, id), inArray(webhookAbonnement.oeSchluessel, [...oes])));
  return row;
}

/** Revokes an active subscription; undefined when it was already revoked (or is not there). */
export async function widerrufeAbonnementRow(
  db: Db,
  { id, oes, von, jetzt }: { id: string; oes: readonly string[]; von: string; jetzt: Date },
) {
  if (oes.length === 0) return undefined;
  const [row] = await db
    .update(webhookAbonnement)
    .set({ widerrufenAm: jetzt, widerrufenVon: von })
    .where(
      and(
        eq(webhookAbonnement.id, id),
        inArray(webhookAbonnement.oeSchluessel, [...oes]),
        isNull(webhookAbonnement.widerrufenAm),
      ),
    )
    .returning();
  return row;
}

/**
 * The outbox rows of one payment event: one per active subscription of the intent's authority
 * that subscribes to `type`, with the intent row as it is now in this transaction (right after
 * the change). One statement, so it costs one round trip and nothing when no one subscribes.
 */
export async function insertZustellungen(
  db: Db,
  {
    eventId,
    intentId,
    type,
    at,
  }: { eventId: number; intentId: string; type: Ereignisart; at: Date },
) {
  await db.execute(sql`
    insert into webhook_zustellung (event_id, abonnement_id, intent, naechster_versuch, erstellt)
    select ${eventId}, a.id, to_jsonb(pi), ${at}, ${at}
    from webhook_abonnement a
    join payment_intent pi on pi.id = ${intentId} and pi.oe_schluessel = a.oe_schluessel
    where a.widerrufen_am is null and ${type} = any(a.ereignisse)
  `);
}

/** The deliveries of one subscription, newest first, with their event's type. */
export async function findZustellungen(
  db: Db,
  { abonnementIds, limit }: { abonnementIds: readonly string[]; limit: number },
) {
  if (abonnementIds.length === 0) return [];
  return db
    .select({
      zustellung: webhookZustellung,
      type: paymentEvent.type,
      intentId: paymentEvent.intentId,
    })
    .from(webhookZustellung)
    .innerJoin(paymentEvent, eq(paymentEvent.id, webhookZustellung.eventId))
    .where(inArray(webhookZustellung.abonnementId, [...abonnementIds]))
    .orderBy(desc(webhookZustellung.id))
    .limit(limit);
}

/**
 * One delivery with what its POST needs, locked for this transaction; undefined when it does
 * not exist or another worker holds it (`skip locked`: that worker is delivering it now).
 */
export async function sperreZustellung(db: Db, { id }: { id: number }) {
  const [row] = await db
    .select({
      zustellung: webhookZustellung,
      url: webhookAbonnement.url,
      geheimnis: webhookAbonnement.geheimnis,
      widerrufenAm: webhookAbonnement.widerrufenAm,
      type: paymentEvent.type,
      at: paymentEvent.at,
    })
    .from(webhookZustellung)
    .innerJoin(webhookAbonnement, eq(webhookAbonnement.id, webhookZustellung.abonnementId))
    .innerJoin(paymentEvent, eq(paymentEvent.id, webhookZustellung.eventId))
    .where(eq(webhookZustellung.id, id))
    .for("update", { of: webhookZustellung, skipLocked: true });
  return row;
}

/** Whether a delivery exists (without waiting for its lock). */
export async function gibtEsZustellung(db: Db, { id }: { id: number }): Promise<boolean> {
  const [row] = await db
    .select({ id: webhookZustellung.id })
    .from(webhookZustellung)
    .where(eq(webhookZustellung.id, id));
  return row !== undefined;
}

export async function updateZustellung(
  db: Db,
  { id, werte }: { id: number; werte: Partial<typeof webhookZustellung.$inferInsert> },
) {
  await db.update(webhookZustellung).set(werte).where(eq(webhookZustellung.id, id));
}

/**
 * The ids of open deliveries that are due and have no job in the queue `warteschlange` (created,
 * waiting for its retry, or running): the rows a crash or a lost send left behind. Reads
 * pg-boss's own table (schema `pgboss`, v10: one row per job, `singleton_key` = the delivery's
 * id), because pg-boss has no API to ask "is a job with this key pending?".
 */
export async function findVerwaisteZustellungen(
  db: Db,
  { warteschlange, jetzt, limit }: { warteschlange: string; jetzt: Date; limit: number },
): Promise<number[]> {
  const r = await db.execute<{ id: string | number }>(sql`
    select z.id from webhook_zustellung z
    where z.status = 'offen' and z.naechster_versuch <= ${jetzt}
      and not exists (
        select 1 from pgboss.job j
        where j.name = ${warteschlange} and j.singleton_key = z.id::text
          and j.state in ('created', 'retry', 'active')
      )
    order by z.naechster_versuch, z.id
    limit ${limit}
  `);
  return r.rows.map((row) => Number(row.id));
}
