import { eidVerfuegbar } from "@portal/auth/server";
import { Button } from "@portal/ui/button";
import { eidTexte } from "@/i18n/eid";
import type { Lang } from "@/i18n/sprache";

/**
 * "Sign in with the online ID": a link to /{lang}/konto/eid (no JavaScript needed), which sends
 * the browser on to the eID service (why a link, not a form: see that route). Shown only when the eID is configured.
 * Its own section with an h2, after the page's main form, so the heading order stays intact.
 */
export function EidAnmeldung({
  lang,
  zurueck,
  art = "anmelden",
}: {
  lang: Lang;
  zurueck?: string;
  art?: "anmelden" | "registrieren";
}) {
  if (!eidVerfuegbar()) return null;
  const t = eidTexte(lang);
  const hinweisId = `eid-hinweis-${art}`;
  return (
    <section className="portal-stack" aria-labelledby={`eid-titel-${art}`}>
      <h2 id={`eid-titel-${art}`} className="kern-heading-medium">
        {t.abschnitt}
      </h2>
      <p className="kern-body" id={hinweisId}>
        {art === "registrieren" ? t.registrierenHinweis : t.anmeldenHinweis}
      </p>
      <p>
        <Button
          href={`/${lang}/konto/eid?${new URLSearchParams({ zweck: "anmeldung", ...(zurueck ? { zurueck } : {}) })}`}
          variant="secondary"
          aria-describedby={hinweisId}
        >
          {art === "registrieren" ? t.registrieren : t.anmelden}
        </Button>
      </p>
    </section>
  );
}
