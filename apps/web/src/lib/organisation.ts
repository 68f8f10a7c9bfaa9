import "server-only";
import type { OrganisationFehler } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import { clientKey, consume, type Policy } from "@portal/ratelimit/server";
import { fill } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import type { Lang } from "@/i18n/sprache";
import { type Ablehnung, ablehnen, type FieldIssue } from "@/lib/action";

// What the organisation pages and actions share: the wording of the domain's refusals.

/** Why the organisation domain refused, in the page language. */
export function organisationFehler(
  lang: Lang,
  grund: OrganisationFehler | "keinMitglied" | "ungueltig" | "abgelaufen" | "verbraucht",
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

/**
 * Counts one request of the signed-in account against `policy`; a refusal when over it. Keyed
 * by the account id from the session (action()'s `rateLimitBy` sees only the input): the bound
 * is on what one account can make the portal do, from whichever address.
 */
export async function proKonto<F extends string>(
  db: Database,
  policy: Policy,
  kontoId: string,
  lang: Lang,
): Promise<Ablehnung<F> | null> {
  const verdict = await consume(db, policy, await clientKey(db, `konto:${kontoId}`));
  if (verdict.ok) return null;
  const minuten = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
  return ablehnen<F>({
    formError: fill(organisationTexte(lang).fehler.zuOft, { minuten: String(minuten) }),
  });
}
