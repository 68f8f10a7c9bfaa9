import type { Db } from "@portal/db/client";
import { eq } from "drizzle-orm";
import { konto } from "../schema.ts";

export type KontoRow = typeof konto.$inferSelect;

/** The account of a normalised address, or undefined. */
export async function findKontoByEmail(db: Db, { email }: { email: string }) {
  const [row] = await db.select().from(konto).where(eq(konto.email, email));
  return row;
}

export async function findKontoById(db: Db, { id }: { id: string }) {
  const [row] = await db.select().from(konto).where(eq(konto.id, id));
  return row;
}

/** Inserts an account; undefined when the address is taken (also by a concurrent insert). */
export async function insertKonto(db: Db, neu: typeof konto.$inferInsert) {
  const [row] = await db.insert(konto).values(neu).onConflictDoNothing().returning();
  return row;
}

export async function updateKonto(
  db: Db,
  { id, ...aenderung }: { id: string } & Partial<Omit<KontoRow, "id">>,
) {
  await db.update(konto).set(aenderung).where(eq(konto.id, id));
}
