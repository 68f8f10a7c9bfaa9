import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { ReactNode } from "react";
import { allgemeinTexte } from "@/i18n/allgemein";
import type { Lang } from "@/i18n/sprache";

/**
 * The frame of a form runner page: breadcrumbs (home, the Leistung, the form), the form's name
 * above the page's heading (GOV.UK's caption), the content.
 */
export function AntragRahmen({
  lang,
  formular,
  leistung,
  titel,
  titelId = "seitentitel",
  children,
}: {
  lang: Lang;
  /** The form's name, e.g. "Meldebescheinigung beantragen". */
  formular: string;
  /** The Leistung's page, when known. */
  leistung?: { href: string; label: string };
  /** This page's heading (the question or the step). */
  titel: string;
  titelId?: string;
  children: ReactNode;
}) {
  const a = allgemeinTexte(lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          ...(leistung ? [leistung] : []),
          { label: formular },
        ]}
      />
      <div>
        <p className="kern-preline">{formular}</p>
        <h1 className="kern-heading-x-large" id={titelId}>
          {titel}
        </h1>
      </div>
      {children}
    </div>
  );
}
