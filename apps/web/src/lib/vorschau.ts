import "server-only";
import {
  CmsUnavailableError,
  type FormularEntwurf,
  leseFormularEntwurf,
} from "@portal/cms-client/client";
import { fehlerListe, pruefeCmsFormular, type Vorschau, vorschauVon } from "@portal/forms/server";
import type { Formulardefinition } from "@portal/forms/types";
import type { Lang } from "@/i18n/sprache";
import { webEnv } from "./env";
import { pruefeVorschauLink } from "./vorschau-link";

/** What the preview page shows. */
export type VorschauZustand =
  | { art: "ungueltig" | "abgelaufen" | "nicht-gefunden" | "cms-nicht-erreichbar" }
  | { art: "fehler"; titel: string | null; fehler: string[] }
  | { art: "vorschau"; def: Formulardefinition; vorschau: Vorschau };

/**
 * A draft checked as the CMS checks it before publishing (`pruefeCmsFormular`, which composes the
 * definition and runs `pruefeDefinition`): broken → the problems as the publish refusal words
 * them (German, or English on /en); valid → the preview model.
 */
export function vorschauAusEntwurf(entwurf: FormularEntwurf, lang: Lang): VorschauZustand {
  const geprueft = pruefeCmsFormular(entwurf);
  if (!geprueft.ok) {
    const titel = (entwurf.definition as { titel?: Record<string, unknown> } | null)?.titel?.[lang];
    return {
      art: "fehler",
      titel: typeof titel === "string" ? titel : null,
      fehler: fehlerListe(geprueft.fehler, lang),
    };
  }
  return {
    art: "vorschau",
    def: geprueft.definition,
    vorschau: vorschauVon(geprueft.definition, lang),
  };
}

/**
 * The preview of a Formular's draft: the link is checked first (nothing is fetched for a bad
 * one), then the draft is read from the CMS with the link's signature. Nothing is stored.
 */
export async function ladeVorschau(
  documentId: string,
  link: { bis: unknown; sig: unknown },
  lang: Lang,
): Promise<VorschauZustand> {
  const pruefung = await pruefeVorschauLink(documentId, link.bis, link.sig);
  if (!pruefung.ok) return { art: pruefung.grund };
  const env = webEnv();
  let entwurf: Awaited<ReturnType<typeof leseFormularEntwurf>>;
  try {
    entwurf = await leseFormularEntwurf(
      { baseUrl: env.CMS_URL, token: env.CMS_READ_TOKEN, timeoutMs: 10_000 },
      documentId,
      { bis: String(link.bis), sig: String(link.sig) },
    );
  } catch (error) {
    if (error instanceof CmsUnavailableError) return { art: "cms-nicht-erreichbar" };
    throw error;
  }
  if (entwurf === "abgelehnt") return { art: "ungueltig" };
  if (entwurf === null) return { art: "nicht-gefunden" };
  return vorschauAusEntwurf(entwurf, lang);
}
