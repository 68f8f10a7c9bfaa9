import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { ReactNode } from "react";
import { allgemeinTexte } from "@/i18n/allgemein";
import type { Lang } from "@/i18n/sprache";
import { verwaltungTexte } from "@/i18n/verwaltung";

/** The frame of a staff-area page: breadcrumbs, heading, an introduction, the content. */
export function VerwaltungSeite({
  lang,
  titel,
  intro,
  children,
}: {
  lang: Lang;
  titel: string;
  intro?: string;
  children: ReactNode;
}) {
  const a = allgemeinTexte(lang);
  const d = verwaltungTexte(lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/verwaltung`, label: d.verwaltung },
          { label: titel },
        ]}
      />
      <h1 className="kern-heading-x-large">{titel}</h1>
      {intro ? <p className="kern-body kern-body--large">{intro}</p> : null}
      {children}
    </div>
  );
}
