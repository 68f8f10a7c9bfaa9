import type { Db } from "@portal/db/client";
import { asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { type MandantRow, mandant, type VerfahrenRow, verfahren } from "../schema.ts";

// The read model of Mandanten and Beteiligungsverfahren: plain reads and writes, no rules.

export type NeuerMandant = Omit<typeof mandant.$inferInsert, "aktualisiert">;
export type NeuesVerfahren = Omit<typeof verfahren.$inferInsert, "aktualisiert">;

/**
 * Writes a Mandant as the CMS has it now. Another row holding the same AGS (a document deleted in
 * the CMS whose event has not arrived, then recreated) gives way: the CMS allows each AGS once.
 */
export async function speichereMandant(db: Db, zeile: NeuerMandant): Promise<void> {
  await db
    .delete(mandant)
    .where(
      sql`${mandant.gemeindeAgs} = ${zeile.gemeindeAgs} and ${mandant.documentId} <> ${zeile.documentId}`,
    );
  await db
    .insert(mandant)
    .values(zeile)
    .onConflictDoUpdate({
      target: mandant.documentId,
      set: { ...zeile, aktualisiert: sql`now()` },
    });
}

/** Writes a procedure as the CMS has it now; another row holding the same slug gives way. */
export async function speichereVerfahren(db: Db, zeile: NeuesVerfahren): Promise<void> {
  await db
    .delete(verfahren)
    .where(
      sql`${verfahren.slug} = ${zeile.slug} and ${verfahren.documentId} <> ${zeile.documentId}`,
    );
  await db
    .insert(verfahren)
    .values(zeile)
    .onConflictDoUpdate({
      target: verfahren.documentId,
      set: { ...zeile, aktualisiert: sql`now()` },
    });
}

export async function loescheMandant(db: Db, params: { documentId: string }): Promise<number> {
  const weg = await db
    .delete(mandant)
    .where(eq(mandant.documentId, params.documentId))
    .returning({ id: mandant.documentId });
  return weg.length;
}

export async function loescheVerfahren(db: Db, params: { documentId: string }): Promise<number> {
  const weg = await db
    .delete(verfahren)
    .where(eq(verfahren.documentId, params.documentId))
    .returning({ id: verfahren.documentId });
  return weg.length;
}

/** Deletes every Mandant whose document is not among `behalten`; the number deleted. */
export async function loescheAndereMandanten(
  db: Db,
  params: { behalten: string[] },
): Promise<number> {
  const weg = await db
    .delete(mandant)
    .where(params.behalten.length ? notInArray(mandant.documentId, params.behalten) : undefined)
    .returning({ id: mandant.documentId });
  return weg.length;
}

/** Deletes every procedure whose document is not among `behalten`; the number deleted. */
export async function loescheAndereVerfahren(
  db: Db,
  params: { behalten: string[] },
): Promise<number> {
  const weg = await db
    .delete(verfahren)
    .where(params.behalten.length ? notInArray(verfahren.documentId, params.behalten) : undefined)
    .returning({ id: verfahren.documentId });
  return weg.length;
}

/** Procedures by title, optionally of some municipalities only. */
export async function findeVerfahren(
  db: Db,
  params: { gemeindeAgs?: string[] },
): Promise<VerfahrenRow[]> {
  return db
    .select()
    .from(verfahren)
    .where(params.gemeindeAgs ? inArray(verfahren.gemeindeAgs, params.gemeindeAgs) : undefined)
    .orderBy(asc(verfahren.titel), asc(verfahren.documentId));
}

export async function findeVerfahrenBySlug(
  db: Db,
  params: { slug: string },
): Promise<VerfahrenRow | null> {
  const [zeile] = await db.select().from(verfahren).where(eq(verfahren.slug, params.slug));
  return zeile ?? null;
}

export async function findeMandantByAgs(
  db: Db,
  params: { gemeindeAgs: string },
): Promise<MandantRow | null> {
  const [zeile] = await db
    .select()
    .from(mandant)
    .where(eq(mandant.gemeindeAgs, params.gemeindeAgs));
  return zeile ?? null;
}
