import "server-only";
import type { Db } from "@portal/db/client";
import { findOrganisationseinheit } from "@portal/katalog/server";

/**
 * The names of Organisationseinheiten by key, from the catalogue; a key the catalogue does not
 * (yet) know keeps its key as its name, so a staff member's roles show even before a resync.
 */
export async function oeNamen(db: Db, schluessel: readonly string[]): Promise<Map<string, string>> {
  const rows = await Promise.all(
    [...new Set(schluessel)].map(
      async (s) => [s, (await findOrganisationseinheit(db, { schluessel: s }))?.name ?? s] as const,
    ),
  );
  return new Map(rows);
}
