import type { Db } from "@portal/db/client";
import { eq, inArray, sql } from "drizzle-orm";
import { formularRueckzug, formularVersion } from "../schema.ts";

/** The keys of every form that has a stored version, with the CMS document of its newest. */
export async function listFormularSchluessel(
  db: Db,
): Promise<{ schluessel: string; cmsDocumentId: string | null }[]> {
  return db
    .selectDistinctOn([formularVersion.schluessel], {
      schluessel: formularVersion.schluessel,
      cmsDocumentId: formularVersion.cmsDocumentId,
    })
    .from(formularVersion)
    .orderBy(formularVersion.schluessel, sql`${formularVersion.version} desc`);
}

/** The keys of the forms whose newest version came from this CMS document. */
export async function findSchluesselFuerDokument(
  db: Db,
  params: { cmsDocumentId: string },
): Promise<string[]> {
  const alle = await listFormularSchluessel(db);
  return alle.filter((f) => f.cmsDocumentId === params.cmsDocumentId).map((f) => f.schluessel);
}

/** Marks forms as withdrawn (idempotent: an existing marker keeps its date). */
export async function insertRueckzug(
  db: Db,
  params: { schluessel: string[]; cmsDocumentId: string | null; jetzt?: Date },
): Promise<void> {
  if (params.schluessel.length === 0) return;
  await db
    .insert(formularRueckzug)
    .values(
      params.schluessel.map((schluessel) => ({
        schluessel,
        cmsDocumentId: params.cmsDocumentId,
        zurueckgezogenAm: params.jetzt ?? new Date(),
      })),
    )
    .onConflictDoNothing();
}

/** Offers forms again (their Formular is published). */
export async function deleteRueckzug(db: Db, params: { schluessel: string[] }): Promise<void> {
  if (params.schluessel.length === 0) return;
  await db.delete(formularRueckzug).where(inArray(formularRueckzug.schluessel, params.schluessel));
}

/** Whether a form is withdrawn. */
export async function istZurueckgezogen(db: Db, params: { schluessel: string }): Promise<boolean> {
  const [row] = await db
    .select({ schluessel: formularRueckzug.schluessel })
    .from(formularRueckzug)
    .where(eq(formularRueckzug.schluessel, params.schluessel));
  return row !== undefined;
}
