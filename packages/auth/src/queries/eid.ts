import type { Db } from "@portal/db/client";
import { and, eq, gt, lte } from "drizzle-orm";
import { eidIdentitaet, einmaligeIdentifikation } from "../schema.ts";

export type EidIdentitaetRow = typeof eidIdentitaet.$inferSelect;
export type EinmaligeIdentifikationRow = typeof einmaligeIdentifikation.$inferSelect;

/** The identity an issuer's pseudonym belongs to, or undefined. */
export async function findEidIdentitaet(
  db: Db,
  { aussteller, pseudonym }: { aussteller: string; pseudonym: string },
) {
  const [row] = await db
    .select()
    .from(eidIdentitaet)
    .where(and(eq(eidIdentitaet.aussteller, aussteller), eq(eidIdentitaet.pseudonym, pseudonym)));
  return row;
}

export async function findEidIdentitaetVonKonto(db: Db, { kontoId }: { kontoId: string }) {
  const [row] = await db.select().from(eidIdentitaet).where(eq(eidIdentitaet.kontoId, kontoId));
  return row;
}

/** Inserts an identity; undefined when the pseudonym (or the account) already has one. */
export async function insertEidIdentitaet(db: Db, neu: typeof eidIdentitaet.$inferInsert) {
  const [row] = await db.insert(eidIdentitaet).values(neu).onConflictDoNothing().returning();
  return row;
}

/** Writes an account's identity, replacing the one it had (a new card has a new pseudonym). */
export async function speichereEidIdentitaet(db: Db, neu: typeof eidIdentitaet.$inferInsert) {
  const { kontoId: _, ...aenderung } = neu;
  await db
    .insert(eidIdentitaet)
    .values(neu)
    .onConflictDoUpdate({ target: eidIdentitaet.kontoId, set: aenderung });
}

export async function insertEinmaligeIdentifikation(
  db: Db,
  neu: typeof einmaligeIdentifikation.$inferInsert,
) {
  const [row] = await db.insert(einmaligeIdentifikation).values(neu).returning();
  return row!;
}

/** An identification of a procedure that has not expired at `jetzt`, or undefined. */
export async function findEinmaligeIdentifikation(
  db: Db,
  { id, verfahren, jetzt }: { id: string; verfahren: string; jetzt: Date },
) {
  const [row] = await db
    .select()
    .from(einmaligeIdentifikation)
    .where(
      and(
        eq(einmaligeIdentifikation.id, id),
        eq(einmaligeIdentifikation.verfahren, verfahren),
        gt(einmaligeIdentifikation.laeuftAbAm, jetzt),
      ),
    );
  return row;
}

/** Deletes the identifications expired at `jetzt`; returns how many. */
export async function deleteAbgelaufeneIdentifikationen(db: Db, { jetzt }: { jetzt: Date }) {
  const rows = await db
    .delete(einmaligeIdentifikation)
    .where(lte(einmaligeIdentifikation.laeuftAbAm, jetzt))
    .returning({ id: einmaligeIdentifikation.id });
  return rows.length;
}
