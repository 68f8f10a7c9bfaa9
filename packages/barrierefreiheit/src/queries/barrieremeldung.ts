import type { Db } from "@portal/db/client";
import { barrieremeldung } from "../schema.ts";

type Locale = "de" | "en";

export type NeueBarrieremeldung = {
  sprache: Locale;
  seite: string | null;
  beschreibung: string;
  name: string | null;
  email: string | null;
};

/** The reference a citizen is given for a report: "BM-000042". */
export const aktenzeichen = (id: number) => `BM-${String(id).padStart(6, "0")}`;

/** Stores a checked report and returns its reference and time of receipt. */
export async function speichereBarrieremeldung(db: Db, meldung: NeueBarrieremeldung) {
  const [row] = await db
    .insert(barrieremeldung)
    .values(meldung)
    .returning({ id: barrieremeldung.id, eingegangenAm: barrieremeldung.eingegangenAm });
  if (!row) throw new Error("barrieremeldung: insert returned no row");
  return { aktenzeichen: aktenzeichen(row.id), eingegangenAm: row.eingegangenAm.toISOString() };
}
