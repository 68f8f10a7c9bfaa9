import type { Db } from "@portal/db/client";
import { eq, inArray, sql } from "drizzle-orm";
import {
  lebenslage,
  leistung,
  leistungLebenslage,
  meldung,
  organisationseinheit,
  seite,
} from "../schema.ts";

// Write side of the catalogue read model. The sync service maps CMS documents to these row shapes;
// every function replaces whole documents (all locales at once), so a CMS event and a full resync
// converge on the same state. None of them opens a transaction: the sync service runs each CMS
// event and each resync in one transaction (catalogue and Zuständigkeiten together).

export type LeistungVersion = Omit<typeof leistung.$inferInsert, "id" | "suchvektor"> & {
  lebenslagen: string[];
};
export type OrganisationseinheitVersion = typeof organisationseinheit.$inferInsert;
export type LebenslageVersion = typeof lebenslage.$inferInsert;
export type SeiteVersion = typeof seite.$inferInsert;
export type MeldungVersion = typeof meldung.$inferInsert;

/** The search vocabulary (see searchLeistungen) follows every change of the Leistungen. */
export async function refreshSuchwort(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view suchwort`);
}

/** Replaces one Leistung (all its locale versions; none = deleted) and its Lebenslage links. */
export async function replaceLeistung(
  db: Db,
  params: { documentId: string; versions: LeistungVersion[] },
): Promise<void> {
  const { documentId, versions } = params;
  await db.delete(leistung).where(eq(leistung.documentId, documentId));
  await db.delete(leistungLebenslage).where(eq(leistungLebenslage.leistungDocumentId, documentId));
  if (!versions.length) return;
  const jetzt = new Date();
  await db
    .insert(leistung)
    .values(versions.map(({ lebenslagen: _l, ...row }) => ({ ...row, aktualisiertAm: jetzt })));
  const lebenslagen = [...new Set(versions.flatMap((v) => v.lebenslagen))];
  if (lebenslagen.length) {
    await db
      .insert(leistungLebenslage)
      .values(lebenslagen.map((l) => ({ leistungDocumentId: documentId, lebenslageDocumentId: l })))
      .onConflictDoNothing();
  }
}

export async function replaceOrganisationseinheit(
  db: Db,
  params: { documentId: string; version: OrganisationseinheitVersion | null },
): Promise<void> {
  await db
    .delete(organisationseinheit)
    .where(eq(organisationseinheit.documentId, params.documentId));
  if (params.version)
    await db.insert(organisationseinheit).values({ ...params.version, aktualisiertAm: new Date() });
}

/**
 * Replaces one Lebenslage (all locales) together with both sides of its relations as the CMS
 * holds them on this document: the Leistungen linked to it and its child Lebenslagen. An editor
 * may change either relation from the Lebenslage's side, and the CMS then reports only this one.
 */
export async function replaceLebenslage(
  db: Db,
  params: {
    documentId: string;
    versions: LebenslageVersion[];
    leistungen: string[];
    kinder: string[];
  },
): Promise<void> {
  const { documentId, versions } = params;
  await db.delete(lebenslage).where(eq(lebenslage.documentId, documentId));
  await db
    .delete(leistungLebenslage)
    .where(eq(leistungLebenslage.lebenslageDocumentId, documentId));
  if (!versions.length) {
    await db
      .update(lebenslage)
      .set({ parentDocumentId: null })
      .where(eq(lebenslage.parentDocumentId, documentId));
    return;
  }
  await db.insert(lebenslage).values(versions);
  if (params.leistungen.length) {
    await db
      .insert(leistungLebenslage)
      .values(
        params.leistungen.map((l) => ({ leistungDocumentId: l, lebenslageDocumentId: documentId })),
      )
      .onConflictDoNothing();
  }
  await db
    .update(lebenslage)
    .set({ parentDocumentId: null })
    .where(eq(lebenslage.parentDocumentId, documentId));
  if (params.kinder.length) {
    await db
      .update(lebenslage)
      .set({ parentDocumentId: documentId })
      .where(inArray(lebenslage.documentId, params.kinder));
  }
}

export async function replaceSeite(
  db: Db,
  params: { documentId: string; versions: SeiteVersion[] },
): Promise<void> {
  await db.delete(seite).where(eq(seite.documentId, params.documentId));
  if (params.versions.length) await db.insert(seite).values(params.versions);
}

export async function replaceMeldung(
  db: Db,
  params: { documentId: string; versions: MeldungVersion[] },
): Promise<void> {
  await db.delete(meldung).where(eq(meldung.documentId, params.documentId));
  if (params.versions.length) await db.insert(meldung).values(params.versions);
}

export interface Katalog {
  leistungen: LeistungVersion[];
  organisationseinheiten: OrganisationseinheitVersion[];
  lebenslagen: LebenslageVersion[];
  seiten: SeiteVersion[];
  meldungen: MeldungVersion[];
}

const chunks = <T>(rows: T[], size: number) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
    rows.slice(i * size, (i + 1) * size),
  );

/** Replaces the whole catalogue (full resync); run it inside the resync's transaction. */
export async function replaceKatalog(db: Db, katalog: Katalog): Promise<void> {
  await db.delete(leistungLebenslage);
  await db.delete(leistung);
  await db.delete(organisationseinheit);
  await db.delete(lebenslage);
  await db.delete(seite);
  await db.delete(meldung);
  for (const rows of chunks(katalog.organisationseinheiten, 200))
    await db.insert(organisationseinheit).values(rows);
  for (const rows of chunks(katalog.lebenslagen, 200)) await db.insert(lebenslage).values(rows);
  for (const rows of chunks(katalog.seiten, 200)) await db.insert(seite).values(rows);
  for (const rows of chunks(katalog.meldungen, 200)) await db.insert(meldung).values(rows);
  for (const rows of chunks(katalog.leistungen, 200)) {
    await db.insert(leistung).values(rows.map(({ lebenslagen: _l, ...row }) => row));
  }
  const links = new Map<string, { leistungDocumentId: string; lebenslageDocumentId: string }>();
  for (const l of katalog.leistungen) {
    for (const id of l.lebenslagen) {
      links.set(`${l.documentId}/${id}`, {
        leistungDocumentId: l.documentId,
        lebenslageDocumentId: id,
      });
    }
  }
  for (const rows of chunks([...links.values()], 1000))
    await db.insert(leistungLebenslage).values(rows);
}
