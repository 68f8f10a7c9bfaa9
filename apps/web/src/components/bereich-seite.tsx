import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { ReactNode } from "react";
import { allgemeinTexte } from "@/i18n/allgemein";
import { kontoTexte } from "@/i18n/konto";
import type { Lang } from "@/i18n/sprache";
import { verwaltungTexte } from "@/i18n/verwaltung";

/** The areas with a page frame of their own: the Servicekonto and the staff area. */
export type Bereich = "konto" | "verwaltung";

const bereichName = (lang: Lang, bereich: Bereich) =>
  bereich === "konto" ? kontoTexte(lang).servicekonto : verwaltungTexte(lang).verwaltung;

/**
 * The frame of a Servicekonto or staff-area page: breadcrumbs (home, the area's start page, this
 * page), heading, an introduction, the content.
 */
export function BereichSeite({
  lang,
  bereich,
  titel,
  intro,
  children,
}: {
  lang: Lang;
  /** Which area the page belongs to: the middle breadcrumb links to its start page. */
  bereich: Bereich;
  titel: string;
  intro?: string;
  children: ReactNode;
}) {
  const a = allgemeinTexte(lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/${bereich}`, label: bereichName(lang, bereich) },
          { label: titel },
        ]}
      />
      <h1 className="kern-heading-x-large">{titel}</h1>
      {intro ? <p className="kern-body kern-body--large">{intro}</p> : null}
      {children}
    </div>
  );
}
