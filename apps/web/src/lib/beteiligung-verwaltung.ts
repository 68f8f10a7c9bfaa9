import "server-only";
import { requireStaff } from "@portal/auth/next";
import { type MitarbeiterInfo, oesMitRolle, protokolliereZugriff } from "@portal/auth/server";
import type { Verwaltungsfilter } from "@portal/beteiligung/server";
import { BEITRAGSARTEN, BEITRAGSSTATUS } from "@portal/beteiligung/types";
import type { Database } from "@portal/db/client";
import type { Lang } from "@/i18n/sprache";

// What the participation back office's pages, actions and downloads share: the staff member's
// municipalities (from their roles), the URLs, the list's filters from the URL, and their entries
// in the staff audit trail.

/** An Organisationseinheit of a municipality's administration: "gv-" + its AGS. */
const GEMEINDE_OE = /^gv-(\d{8})$/u;

/**
 * The municipalities (AGS) whose procedures a staff member moderates: those of the OEs
 * `gv-<AGS>` in which they hold the role "beteiligung" (or admin).
 */
export function gemeindenVon(mitarbeiter: Pick<MitarbeiterInfo, "rollen" | "deaktiviert">) {
  return oesMitRolle(mitarbeiter, "beteiligung").flatMap((oe) => {
    const ags = GEMEINDE_OE.exec(oe)?.[1];
    return ags ? [ags] : [];
  });
}

/**
 * The signed-in staff member with the role "beteiligung" and their municipalities: every
 * service call gets exactly these `gemeinden`, never one from a form or the URL. Not signed in:
 * to the sign-in and back to `zurueck`; without the role anywhere: to "no access".
 */
export async function requireBeteiligung({ lang, zurueck }: { lang: Lang; zurueck: string }) {
  const angemeldet = await requireStaff({ lang, rolle: "beteiligung", zurueck });
  return { ...angemeldet, gemeinden: gemeindenVon(angemeldet.mitarbeiter) };
}

export const beteiligungPfad = (lang: Lang, rest = "") => `/${lang}/verwaltung/beteiligung${rest}`;
export const verfahrenPfad = (lang: Lang, slug: string) =>
  beteiligungPfad(lang, `/${encodeURIComponent(slug)}`);
export const beitragPfad = (lang: Lang, slug: string, id: string) =>
  `${verfahrenPfad(lang, slug)}/beitraege/${encodeURIComponent(id)}`;
export const exportPfad = (lang: Lang, slug: string, format: "csv" | "xlsx" | "pdf" | "umfrage") =>
  `${verfahrenPfad(lang, slug)}/export/${format}`;
export const anlagePfad = (lang: Lang, slug: string, beitragId: string, anhangId: string) =>
  `${beitragPfad(lang, slug, beitragId)}/anlagen/${encodeURIComponent(anhangId)}`;

/** The audit actions of the back office (one spelling, as the cash office's). */
export type Beteiligungsaktion =
  | "beteiligung-beitraege-angesehen"
  | "beteiligung-beitrag-angesehen"
  | "beteiligung-beitrag-moderiert"
  | "beteiligung-abwaegung-gespeichert"
  | "beteiligung-export-heruntergeladen"
  | "beteiligung-anlage-heruntergeladen";

/** Writes what a staff member saw or did to the append-only staff audit trail (DSGVO Art. 5(2)). */
export async function protokolliereBeteiligung(
  db: Database,
  eintrag: { kontoId: string; gemeindeAgs: string; aktion: Beteiligungsaktion; gegenstand: string },
): Promise<void> {
  await protokolliereZugriff(db, {
    mitarbeiterKontoId: eintrag.kontoId,
    oeSchluessel: `gv-${eintrag.gemeindeAgs}`,
    aktion: eintrag.aktion,
    gegenstand: eintrag.gegenstand.slice(0, 4000),
  });
}

type Suchparameter = Record<string, string | string[] | undefined>;
const erster = (wert: string | string[] | undefined, max: number) =>
  ((Array.isArray(wert) ? wert[0] : wert) ?? "").trim().slice(0, max);

/** The list's filters as typed (for the form and the page links) and as the service takes them. */
export function leseBeitragsfilter(sp: Suchparameter, phasenIds: readonly string[]) {
  const roh = {
    phase: erster(sp.phase, 40),
    art: erster(sp.art, 40),
    status: erster(sp.status, 40),
    suche: erster(sp.suche, 200),
    gemeldet: erster(sp.gemeldet, 2) === "1" ? "1" : "",
  };
  const seite = Number.parseInt(erster(sp.seite, 6), 10);
  const filter: Verwaltungsfilter = {
    ...(phasenIds.includes(roh.phase) ? { phaseId: roh.phase } : {}),
    ...((BEITRAGSARTEN as readonly string[]).includes(roh.art)
      ? { art: roh.art as Verwaltungsfilter["art"] }
      : {}),
    ...((BEITRAGSSTATUS as readonly string[]).includes(roh.status)
      ? { status: roh.status as Verwaltungsfilter["status"] }
      : {}),
    ...(roh.suche ? { suche: roh.suche } : {}),
    ...(roh.gemeldet ? { gemeldet: true } : {}),
  };
  return { roh, filter, seite: Number.isSafeInteger(seite) && seite > 0 ? seite : 1 };
}

/** The list's URL with the filters as typed and a page. */
export function beitraegeHref(basis: string, roh: Record<string, string>, seite: number) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(roh)) if (v) q.set(k, v);
  if (seite > 1) q.set("seite", String(seite));
  const text = q.toString();
  return `${basis}${text ? `?${text}` : ""}#beitraege`;
}
