import { eq, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import {
  lebenslage,
  leistung,
  leistungLebenslage,
  meldung,
  organisationseinheit,
  seite,
} from "../schema.ts";

// Write side of the catalogue read model. The CMS client maps CMS documents to these row shapes;
// every function replaces whole documents (all locales at once), so a webhook and a full resync
// converge on the same state.

export type LeistungVersion = Omit<typeof leistung.$inferInsert, "id" | "suchvektor"> & {
  lebenslagen: string[];
};
export type OrganisationseinheitVersion = typeof organisationseinheit.$inferInsert;
export type LebenslageVersion = typeof lebenslage.$inferInsert;
export type SeiteVersion = typeof seite.$inferInsert;
export type MeldungVersion = typeof meldung.$inferInsert;

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The search vocabulary (see searchLeistungen) follows every change of the Leistungen. */
const refreshSuchwort = sql`refresh materialized view suchwort`;

async function writeLeistung(tx: Tx, documentId: string, versions: LeistungVersion[]) {
  await tx.delete(leistung).where(eq(leistung.documentId, documentId));
  await tx.delete(leistungLebenslage).where(eq(leistungLebenslage.leistungDocumentId, documentId));
  if (!versions.length) return;
  await tx
    .insert(leistung)
    .values(
      versions.map(({ lebenslagen: _l, ...row }) => ({ ...row, aktualisiertAm: new Date() })),
    );
  const lebenslagen = [...new Set(versions.flatMap((v) => v.lebenslagen))];
  if (lebenslagen.length) {
    await tx
      .insert(leistungLebenslage)
      .values(
        lebenslagen.map((l) => ({ leistungDocumentId: documentId, lebenslageDocumentId: l })),
      );
  }
}

/** Replaces one Leistung (all its locale versions; none = deleted). */
export async function replaceLeistung(
  db: Database,
  documentId: string,
  versions: LeistungVersion[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await writeLeistung(tx, documentId, versions);
    await tx.execute(refreshSuchwort);
  });
}

export async function replaceOrganisationseinheit(
  db: Database,
  documentId: string,
  version: OrganisationseinheitVersion | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(organisationseinheit).where(eq(organisationseinheit.documentId, documentId));
    if (version)
      await tx.insert(organisationseinheit).values({ ...version, aktualisiertAm: new Date() });
  });
}

export async function replaceLebenslage(
  db: Database,
  documentId: string,
  versions: LebenslageVersion[],
) {
  await db.transaction(async (tx) => {
    await tx.delete(lebenslage).where(eq(lebenslage.documentId, documentId));
    if (versions.length) await tx.insert(lebenslage).values(versions);
  });
}

export async function replaceSeite(db: Database, documentId: string, versions: SeiteVersion[]) {
  await db.transaction(async (tx) => {
    await tx.delete(seite).where(eq(seite.documentId, documentId));
    if (versions.length) await tx.insert(seite).values(versions);
  });
}

export async function replaceMeldung(db: Database, documentId: string, versions: MeldungVersion[]) {
  await db.transaction(async (tx) => {
    await tx.delete(meldung).where(eq(meldung.documentId, documentId));
    if (versions.length) await tx.insert(meldung).values(versions);
  });
}

export interface Katalog {
  leistungen: LeistungVersion[];
  organisationseinheiten: OrganisationseinheitVersion[];
  lebenslagen: LebenslageVersion[];
  seiten: SeiteVersion[];
  meldungen: MeldungVersion[];
}

/** Replaces the whole catalogue in one transaction (full resync): readers never see a half state. */
export async function replaceKatalog(db: Database, katalog: Katalog): Promise<void> {
  const chunks = <T>(rows: T[], size = 200) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
      rows.slice(i * size, (i + 1) * size),
    );
  await db.transaction(async (tx) => {
    await tx.delete(leistungLebenslage);
    await tx.delete(leistung);
    await tx.delete(organisationseinheit);
    await tx.delete(lebenslage);
    await tx.delete(seite);
    await tx.delete(meldung);
    for (const rows of chunks(katalog.organisationseinheiten))
      await tx.insert(organisationseinheit).values(rows);
    for (const rows of chunks(katalog.lebenslagen)) await tx.insert(lebenslage).values(rows);
    for (const rows of chunks(katalog.seiten)) await tx.insert(seite).values(rows);
    for (const rows of chunks(katalog.meldungen)) await tx.insert(meldung).values(rows);
    for (const rows of chunks(katalog.leistungen)) {
      await tx.insert(leistung).values(rows.map(({ lebenslagen: _l, ...row }) => row));
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
      await tx.insert(leistungLebenslage).values(rows);
    await tx.execute(refreshSuchwort);
  });
}
