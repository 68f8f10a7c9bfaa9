import { MAX_ORTSEINGABE } from "@portal/katalog/server";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Details } from "@portal/ui/details";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OrtFormular } from "@/components/ort-formular";
import { Ortsauswahl, ortsfehler } from "@/components/ortsauswahl";
import { allgemeinTexte } from "@/i18n/allgemein";
import { behoerdeTexte } from "@/i18n/behoerde";
import { leistungTexte } from "@/i18n/leistung";
import { ortTexte } from "@/i18n/ort";
import { loeseOrtAuf } from "@/lib/data";
import { langOrNotFound, searchParam } from "@/lib/params";

// Reads the query string: rendered per request (its data calls are cached).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = langOrNotFound((await params).lang);
  // The form page is indexed; its answers to a typed place are not.
  const { value: eingabe } = searchParam((await searchParams).ort, MAX_ORTSEINGABE);
  return { title: behoerdeTexte(lang).title, robots: eingabe ? { index: false } : undefined };
}

/**
 * "Behörden finden": the place form; an input that means one municipality and no other goes
 * straight to its authorities, anything else asks.
 */
export default async function BehoerdenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const a = allgemeinTexte(lang);
  const d = behoerdeTexte(lang);
  const o = ortTexte(lang);
  const { value: eingabe } = searchParam((await searchParams).ort, MAX_ORTSEINGABE);
  const aufloesung = eingabe ? await loeseOrtAuf(eingabe) : ({ ergebnis: "leer" } as const);
  if (aufloesung.ergebnis === "eindeutig") {
    redirect(`/${lang}/behoerden/gemeinde/${aufloesung.ort.ags}`);
  }
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[{ href: `/${lang}`, label: a.nav.home }, { label: d.title }]}
      />
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">{d.intro}</p>
      {aufloesung.ergebnis === "auswahl" ? (
        <>
          <Ortsauswahl
            auswahl={aufloesung}
            eingabe={eingabe}
            lang={lang}
            href={(ags) => `/${lang}/behoerden/gemeinde/${ags}`}
          />
          <Details summary={leistungTexte(lang).ortChange}>
            <OrtFormular
              action={`/${lang}/behoerden`}
              lang={lang}
              defaultValue={eingabe}
              buttonLabel={d.button}
            />
          </Details>
        </>
      ) : (
        <>
          {eingabe ? <p className="kern-body">{o.noneHelp}</p> : null}
          <OrtFormular
            action={`/${lang}/behoerden`}
            lang={lang}
            defaultValue={eingabe}
            error={eingabe ? ortsfehler(aufloesung, eingabe, lang) : undefined}
            buttonLabel={d.button}
          />
        </>
      )}
    </div>
  );
}
