import type { Db } from "@portal/db/client";
import { definePolicy } from "@portal/ratelimit/types";
import { insertBarrieremeldung } from "../queries/barrieremeldung.ts";
import type { Eingang, NeueBarrieremeldung } from "../types.ts";

/** The reference a citizen is given for a report: "BM-000042". */
export const aktenzeichen = (id: number) => `BM-${String(id).padStart(6, "0")}`;

/**
 * Reports one client may send: five an hour is more than anyone describing barriers they met
 * needs, and keeps a script from filling the inbox of the people who answer them.
 */
export const barrieremeldungLimit = definePolicy({
  name: "barrieremeldung",
  limit: 5,
  windowSeconds: 3600,
});

/** Stores a checked report and returns its reference and time of receipt. */
export async function speichereBarrieremeldung(
  db: Db,
  meldung: NeueBarrieremeldung,
): Promise<Eingang> {
  const row = await insertBarrieremeldung(db, meldung);
  return { aktenzeichen: aktenzeichen(row.id), eingegangenAm: row.eingegangenAm.toISOString() };
}
