import { konto } from "@portal/auth/schema";
import type { Db } from "@portal/db/client";
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import { apiSchluessel } from "../schema.ts";

export type ApiSchluesselRow = typeof apiSchluessel.$inferSelect;

export async function insertApiSchluessel(db: Db, neu: typeof apiSchluessel.$inferInsert) {
  const [row] = await db.insert(apiSchluessel).values(neu).returning();
  if (!row) throw new Error("insert api_schluessel returned nothing");
  return row;
}

/** The keys of Organisationseinheiten, newest first, without their hashes. */
export async function findApiSchluesselVonOes(db: Db, { oes }: { oes: readonly string[] }) {
  if (oes.length === 0) return [];
  const rows = await Promise.all(
    oes.map((oe) =>
      db
        .select({
          id: apiSchluessel.id,
          oeSchluessel: apiSchluessel.oeSchluessel,
          name: apiSchluessel.name,
          praefix: apiSchluessel.praefix,
          erstelltVon: apiSchluessel.erstelltVon,
          erstelltAm: apiSchluessel.erstelltAm,
          zuletztBenutztAm: apiSchluessel.zuletztBenutztAm,
          widerrufenAm: apiSchluessel.widerrufenAm,
        })
        .from(apiSchluessel)
        .where(eq(apiSchluessel.oeSchluessel, oe))
        .orderBy(desc(apiSchluessel.erstelltAm), desc(apiSchluessel.id)),
    ),
  );
  return rows.flat();
}

export async function findApiSchluesselByPraefix(db: Db, { praefix }: { praefix: string }) {
  const [row] = await db.select().from(apiSchluessel).where(eq(apiSchluessel.praefix, praefix));
  return row;
}

/** Revokes a key of the Organisationseinheit once; returns the row (also when it was already revoked). */
export async function widerrufeApiSchluesselRow(
  db: Db,
  { id, oeSchluessel, jetzt }: { id: string; oeSchluessel: string; jetzt: Date },
) {
  const wo = and(eq(apiSchluessel.id, id), eq(apiSchluessel.oeSchluessel, oeSchluessel));
  const [geaendert] = await db
    .update(apiSchluessel)
    .set({ widerrufenAm: jetzt })
    .where(and(wo, isNull(apiSchluessel.widerrufenAm)))
    .returning();
  if (geaendert) return { row: geaendert, neu: true };
  const [vorher] = await db.select().from(apiSchluessel).where(wo);
  return vorher ? { row: vorher, neu: false } : undefined;
}

/**
 * Notes that a key was used, at most once per `abstandMs`: the condition leaves a row written
 * within that time alone, so a Fachverfahren polling every second writes once a minute.
 */
export async function merkeBenutzung(
  db: Db,
  { id, jetzt, abstandMs }: { id: string; jetzt: Date; abstandMs: number },
) {
  await db
    .update(apiSchluessel)
    .set({ zuletztBenutztAm: jetzt })
    .where(
      and(
        eq(apiSchluessel.id, id),
        or(
          isNull(apiSchluessel.zuletztBenutztAm),
          lt(apiSchluessel.zuletztBenutztAm, new Date(jetzt.getTime() - abstandMs)),
        ),
      ),
    );
}

/** The id of the account with this address (for the seed's key, created by the demo admin). */
export async function findKontoIdByEmail(db: Db, { email }: { email: string }) {
  const [row] = await db.select({ id: konto.id }).from(konto).where(eq(konto.email, email));
  return row?.id;
}
