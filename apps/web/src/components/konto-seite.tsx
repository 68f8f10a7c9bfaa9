import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { ReactNode } from "react";
import { allgemeinTexte } from "@/i18n/allgemein";
import { kontoTexte } from "@/i18n/konto";
import type { Lang } from "@/i18n/sprache";

/** The frame of a Servicekonto page: breadcrumbs, heading, an introduction, the content. */
export function KontoSeite({
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
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/konto`, label: kontoTexte(lang).servicekonto },
          { label: titel },
        ]}
      />
      <h1 className="kern-heading-x-large">{titel}</h1>
      {intro ? <p className="kern-body kern-body--large">{intro}</p> : null}
      {children}
    </div>
  );
}
