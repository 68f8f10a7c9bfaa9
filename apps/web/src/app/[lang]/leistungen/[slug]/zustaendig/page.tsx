import { MAX_ORTSEINGABE } from "@portal/katalog/server";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Details } from "@portal/ui/details";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OrtFormular } from "@/components/ort-formular";
import { Ortsauswahl, ortsfehler } from "@/components/ortsauswahl";
import { ortsfrage } from "@/components/zustaendige-stelle";
import { allgemeinTexte } from "@/i18n/allgemein";
import { leistungTexte } from "@/i18n/leistung";
import { ortTexte } from "@/i18n/ort";
import { langAttr } from "@/i18n/sprache";
import { getLeistung, loeseOrtAuf } from "@/lib/data";
import { langOrNotFound, searchParam, slugOrNotFound } from "@/lib/params";

// Reads the query string: rendered per request (its data calls are cached).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false } };

/**
 * Resolves the place a citizen typed: one municipality and no other → straight to the service page
 * for it; anything that may mean several places → a choice; none → the form again with the input
 * kept and a message.
 */
export default async function ZustaendigPage({ params, searchParams }: Props) {
  const { lang: rawLang, slug: rawSlug } = await params;
  const lang = langOrNotFound(rawLang);
  const slug = slugOrNotFound(rawSlug);
  const leistung = await getLeistung(slug, lang);
  if (!leistung) notFound();
  const { value: eingabe } = searchParam((await searchParams).ort, MAX_ORTSEINGABE);
  const a = allgemeinTexte(lang);
  const o = ortTexte(lang);
  const aufloesung = eingabe ? await loeseOrtAuf(eingabe) : ({ ergebnis: "leer" } as const);
  if (aufloesung.ergebnis === "eindeutig") {
    redirect(`/${lang}/leistungen/${slug}/in/${aufloesung.ort.ags}#zustaendige-stelle`);
  }
  const titel = <span lang={langAttr(leistung.titel.sprache, lang)}>{leistung.titel.wert}</span>;
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/leistungen/${slug}`, label: titel },
          { label: o.title },
        ]}
      />
      <h1 className="kern-heading-x-large">{o.title}</h1>
      <p className="kern-body kern-body--large">{titel}</p>
      {aufloesung.ergebnis === "auswahl" ? (
        <>
          <Ortsauswahl
            auswahl={aufloesung}
            eingabe={eingabe}
            lang={lang}
            href={(ags) => `/${lang}/leistungen/${slug}/in/${ags}#zustaendige-stelle`}
          />
          <Details summary={leistungTexte(lang).ortChange}>
            <OrtFormular
              action={`/${lang}/leistungen/${slug}/zustaendig`}
              lang={lang}
              defaultValue={eingabe}
              frage={ortsfrage(leistung, lang)}
            />
          </Details>
        </>
      ) : (
        <>
          {eingabe ? <p className="kern-body">{o.noneHelp}</p> : null}
          <OrtFormular
            action={`/${lang}/leistungen/${slug}/zustaendig`}
            lang={lang}
            defaultValue={eingabe}
            error={ortsfehler(aufloesung, eingabe, lang)}
            frage={ortsfrage(leistung, lang)}
          />
        </>
      )}
    </div>
  );
}
