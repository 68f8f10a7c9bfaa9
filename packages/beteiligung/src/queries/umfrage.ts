import type { Db } from "@portal/db/client";
import { asc, eq, sql } from "drizzle-orm";
import { umfrageAntwort } from "../schema.ts";

export type UmfrageAntwortZeile = typeof umfrageAntwort.$inferSelect;

/**
 * Stores an answer set. With a person key a second set replaces the first (one row per person
 * and procedure, the upsert also when two arrive at once); `ersetzt` tells which happened.
 */
export async function speichereUmfrageAntwort(
  db: Db,
  werte: {
    verfahrenId: string;
    phaseId: string;
    person: string | null;
    antworten: Record<string, string | string[]>;
    erstellt: Date;
  },
): Promise<{ id: string; ersetzt: boolean }> {
  const [zeile] = await db
    .insert(umfrageAntwort)
    .values(werte)
    .onConflictDoUpdate({
      target: [umfrageAntwort.verfahrenId, umfrageAntwort.person],
      set: { antworten: werte.antworten, phaseId: werte.phaseId, erstellt: werte.erstellt },
    })
    // xmax is 0 for a freshly inserted row and the updating transaction's id for an update.
    .returning({ id: umfrageAntwort.id, ersetzt: sql<boolean>`(xmax <> 0)` });
  if (!zeile) throw new Error("beteiligung: survey answer not stored");
  return zeile;
}

/** Every answer set of a procedure, oldest first (for the staff's results). */
export function findeUmfrageAntworten(db: Db, params: { verfahrenId: string }) {
  return db
    .select({ antworten: umfrageAntwort.antworten, erstellt: umfrageAntwort.erstellt })
    .from(umfrageAntwort)
    .where(eq(umfrageAntwort.verfahrenId, params.verfahrenId))
    .orderBy(asc(umfrageAntwort.erstellt), asc(umfrageAntwort.id));
}
