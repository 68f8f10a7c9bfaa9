import "server-only";
import type { Bearbeiter, BearbeitungsFehler } from "@portal/antraege/server";
import { requireStaff } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { bearbeitungTexte } from "@/i18n/bearbeitung";
import type { Lang } from "@/i18n/sprache";

// What the inbox's pages, actions and download route share: the signed-in case worker as
// @portal/antraege's services see them, and the wording of the services' refusals.

/**
 * The signed-in staff member with the case-work role (an admin of an Organisationseinheit holds
 * it there too), and the Organisationseinheiten they work for. Not signed in: to the sign-in,
 * back to `zurueck` afterwards; without the role anywhere: to "no access".
 */
export async function requireBearbeiter({ lang, zurueck }: { lang: Lang; zurueck: string }) {
  const angemeldet = await requireStaff({ lang, rolle: "sachbearbeitung", zurueck });
  const bearbeiter: Bearbeiter = {
    kontoId: angemeldet.mitarbeiter.kontoId,
    oes: oesMitRolle(angemeldet.mitarbeiter, "sachbearbeitung"),
  };
  return { ...angemeldet, bearbeiter };
}

/** A refusal of a processing service, in the page language. */
export const bearbeitungsFehler = (lang: Lang, fehler: BearbeitungsFehler) =>
  bearbeitungTexte(lang).fehler[fehler];

/** The path of an application's detail page. */
export const antragPfad = (lang: Lang, id: string) => `/${lang}/verwaltung/antraege/${id}`;

/** A file size as staff read it: "27 KB", "1,4 MB". */
export function formatiereGroesse(lang: Lang, bytes: number): string {
  const zahl = (n: number, stellen: number) =>
    new Intl.NumberFormat(lang === "en" ? "en-GB" : "de-DE", {
      maximumFractionDigits: stellen,
    }).format(n);
  if (bytes < 1024) return `${zahl(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${zahl(bytes / 1024, 0)} KB`;
  return `${zahl(bytes / 1024 / 1024, 1)} MB`;
}
