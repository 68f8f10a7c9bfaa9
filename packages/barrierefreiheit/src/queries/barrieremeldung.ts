import type { Db } from "@portal/db/client";
import { barrieremeldung } from "../schema.ts";
import type { NeueBarrieremeldung } from "../types.ts";

/** Inserts a report; returns its number and time of receipt (the database's clock). */
export async function insertBarrieremeldung(db: Db, meldung: NeueBarrieremeldung) {
  const [row] = await db
    .insert(barrieremeldung)
    .values(meldung)
    .returning({ id: barrieremeldung.id, eingegangenAm: barrieremeldung.eingegangenAm });
  if (!row) throw new Error("barrieremeldung: insert returned no row");
  return row;
}
