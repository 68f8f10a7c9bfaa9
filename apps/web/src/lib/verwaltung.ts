import "server-only";
import { leseAnmeldevorgang, setzeVerwaltungscookie } from "@portal/auth/next";
import type { ZweiterFaktorErgebnis } from "@portal/auth/server";
import { redirect } from "next/navigation";
import type { FormularFeld } from "@/components/formular";
import { formatTime } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { type Ablehnung, ablehnen, type FieldIssue } from "@/lib/action";

// What the staff sign-in's pages and actions share: the state between password and code, the
// code field, and what a refused code says.

/**
 * The account whose password this browser gave within the last 5 minutes; else back to the
 * password step, which says that it took too long. The auth hook of the code and set-up steps.
 */
export async function requireAnmeldevorgang({ lang }: { lang: Lang }) {
  const vorgang = await leseAnmeldevorgang();
  if (!vorgang) redirect(`/${lang}/verwaltung/anmelden?abgelaufen=1`);
  return vorgang;
}

/** The code field: digits keyboard, and `one-time-code` so phones can offer a code (WCAG 1.3.5). */
export function codeFeld(lang: Lang): FormularFeld {
  const d = verwaltungTexte(lang).code;
  return {
    art: "eingabe",
    name: "code",
    label: d.label,
    type: "text",
    autoComplete: "one-time-code",
    inputMode: "numeric",
    hint: d.hinweis,
    maxLength: 10,
  };
}

export function codeFeldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  if (issue.field === "code" && issue.kind !== "pflicht") {
    return verwaltungTexte(lang).fehler.codeFormat;
  }
  return undefined;
}

/**
 * After a code step: the session's cookie and on to `ziel`, or the refusal in the page language.
 * A factor not (or already) set up sends the browser to the step that fits.
 */
export async function nachCode(
  ergebnis: ZweiterFaktorErgebnis,
  { lang, ziel }: { lang: Lang; ziel: string },
): Promise<Ablehnung<"code">> {
  const zurueck = `?zurueck=${encodeURIComponent(ziel)}`;
  if (ergebnis.ok) {
    await setzeVerwaltungscookie(ergebnis.sitzung);
    redirect(ziel);
  }
  const d = verwaltungTexte(lang).fehler;
  switch (ergebnis.grund) {
    case "nichtEingerichtet":
      redirect(`/${lang}/verwaltung/einrichten${zurueck}`);
      break;
    case "schonEingerichtet":
      redirect(`/${lang}/verwaltung/anmelden/code${zurueck}`);
      break;
    case "gesperrt":
      return ablehnen<"code">({
        formError: d.gesperrt(formatTime(lang, ergebnis.bisAm.toISOString())),
      });
  }
  return ablehnen<"code">({ errors: { code: d.code } });
}
