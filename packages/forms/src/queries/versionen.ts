import type { Db } from "@portal/db/client";
import { and, desc, eq, notExists, sql } from "drizzle-orm";
import { formularRueckzug, formularVersion } from "../schema.ts";
import type { Formulardefinition } from "../types.ts";

export type FormularVersionRow = typeof formularVersion.$inferSelect;

/** One version of a form; without `version` the newest. */
export async function findFormularVersion(
  db: Db,
  params: { schluessel: string; version?: number },
): Promise<FormularVersionRow | undefined> {
  const wo =
    params.version === undefined
      ? eq(formularVersion.schluessel, params.schluessel)
      : and(
          eq(formularVersion.schluessel, params.schluessel),
          eq(formularVersion.version, params.version),
        );
  const [row] = await db
    .select()
    .from(formularVersion)
    .where(wo)
    .orderBy(desc(formularVersion.version))
    .limit(1);
  return row;
}

/** A form is offered unless it is withdrawn (formular_rueckzug). */
const angeboten = (db: Db) =>
  notExists(
    db
      .select({ eins: sql`1` })
      .from(formularRueckzug)
      .where(eq(formularRueckzug.schluessel, formularVersion.schluessel)),
  );

/**
 * The newest version of every offered form that applies for this Leistung (usually one). The
 * newest version decides the Leistung: a form moved to another Leistung is no longer listed here.
 */
export async function listFormulareFuerLeistung(
  db: Db,
  params: { leistung: string },
): Promise<FormularVersionRow[]> {
  const neueste = await listAktuelleFormulare(db);
  return neueste.filter((f) => f.leistung === params.leistung);
}

/** The newest version of every offered form (withdrawn ones are left out). */
export async function listAktuelleFormulare(db: Db): Promise<FormularVersionRow[]> {
  return db
    .selectDistinctOn([formularVersion.schluessel])
    .from(formularVersion)
    .where(angeboten(db))
    .orderBy(formularVersion.schluessel, desc(formularVersion.version));
}

/**
 * Adds a version with the next number, unless the newest already has this checksum; returns the
 * version the form now has and whether it was added. Two concurrent publications of one form
 * are serialised by a transaction-level advisory lock on its key, so neither takes the other's
 * number. Call it inside a transaction.
 */
export async function insertFormularVersion(
  db: Db,
  params: {
    schluessel: string;
    leistung: string;
    cmsDocumentId: string | null;
    definition: Omit<Formulardefinition, "version">;
    pruefsumme: string;
    jetzt?: Date;
  },
): Promise<{ version: number; neu: boolean }> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`formular:${params.schluessel}`}))`);
  const neueste = await findFormularVersion(db, { schluessel: params.schluessel });
  if (neueste && neueste.pruefsumme === params.pruefsumme && neueste.leistung === params.leistung) {
    return { version: neueste.version, neu: false };
  }
  const version = (neueste?.version ?? 0) + 1;
  await db.insert(formularVersion).values({
    schluessel: params.schluessel,
    version,
    leistung: params.leistung,
    cmsDocumentId: params.cmsDocumentId,
    definition: { ...params.definition, version } as Formulardefinition,
    pruefsumme: params.pruefsumme,
    veroeffentlichtAm: params.jetzt ?? new Date(),
  });
  return { version, neu: true };
}
