import "server-only";
import { requireStaff } from "@portal/auth/next";
import { oesMitRolle, protokolliereZugriff } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import type { Lang } from "@/i18n/sprache";

// What the cash office's pages, actions and downloads share: the signed-in clerk and the
// Organisationseinheiten they act for, and their entries in the staff audit trail.

/**
 * The signed-in staff member with the role "kasse" (an admin of an Organisationseinheit holds
 * it there too) and the Organisationseinheiten they act for: every service call gets exactly
 * these `oes`, never one from a form. Not signed in: to the sign-in and back to `zurueck`;
 * without the role anywhere: to "no access".
 */
export async function requireKasse({ lang, zurueck }: { lang: Lang; zurueck: string }) {
  const angemeldet = await requireStaff({ lang, rolle: "kasse", zurueck });
  return { ...angemeldet, oes: oesMitRolle(angemeldet.mitarbeiter, "kasse") };
}

/** The audit actions of the cash office (one spelling, as the inbox's "antrag-angesehen"). */
export type Kassenaktion =
  | "kasse-zahlungen-angesehen"
  | "zahlung-angesehen"
  | "zahlung-erstattet"
  | "lastschriften-angesehen"
  | "lastschriften-exportiert"
  | "lastschriftdatei-heruntergeladen"
  | "auszuege-angesehen"
  | "auszug-importiert"
  | "hkr-export-heruntergeladen";

/**
 * Writes what a clerk saw or did to the append-only staff audit trail, once per
 * Organisationseinheit concerned (a list over two authorities is an access to both).
 */
export async function protokolliereKasse(
  db: Database,
  eintrag: { kontoId: string; oes: readonly string[]; aktion: Kassenaktion; gegenstand: string },
): Promise<void> {
  for (const oeSchluessel of new Set(eintrag.oes)) {
    await protokolliereZugriff(db, {
      mitarbeiterKontoId: eintrag.kontoId,
      oeSchluessel,
      aktion: eintrag.aktion,
      gegenstand: eintrag.gegenstand.slice(0, 4000),
    });
  }
}
