import "server-only";
import type { OrganisationFehler } from "@portal/auth/server";
import { fill } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import type { Lang } from "@/i18n/sprache";
import type { FieldIssue } from "@/lib/action";

// What the organisation pages and actions share: the wording of the domain's refusals.

/** Why the organisation domain refused, in the page language. */
export function organisationFehler(
  lang: Lang,
  grund: OrganisationFehler | "ungueltig" | "abgelaufen" | "verbraucht",
): string {
  const t = organisationTexte(lang);
  switch (grund) {
    case "ungueltig":
    case "abgelaufen":
    case "verbraucht":
      return t.einladung[grund];
    default:
      return t.fehler[grund];
  }
}

/** The organisation forms' own wording of field errors. */
export function organisationFeldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  const f = organisationTexte(lang).fehler;
  if (issue.field === "name") return f.name;
  if (issue.field === "art") return f.art;
  if (issue.field === "email" && issue.kind !== "pflicht") return f.email;
  return undefined;
}

/** The refusal of too many invitations. */
export const zuVieleEinladungen = (lang: Lang, minuten: number) =>
  fill(organisationTexte(lang).fehler.zuOft, { minuten: String(minuten) });
