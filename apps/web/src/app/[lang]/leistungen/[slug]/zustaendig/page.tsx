import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OrtFormular } from "@/components/ort-formular";
import { Ortsauswahl } from "@/components/ortsauswahl";
import { ortsfrage } from "@/components/zustaendige-stelle";
import { allgemeinTexte } from "@/i18n/allgemein";
import { ortTexte } from "@/i18n/ort";
import { langAttr } from "@/i18n/sprache";
import { findOrte, getLeistung } from "@/lib/data";
import { langOrNotFound, searchParam, slugOrNotFound } from "@/lib/params";

// Reads the query string: rendered per request (its data calls are cached).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false } };

/**
 * Resolves the place a citizen typed: one municipality → straight to the service page for it;
 * several → a choice; none → the form again with the input kept and a message.
 */
export default async function ZustaendigPage({ params, searchParams }: Props) {
  const { lang: rawLang, slug: rawSlug } = await params;
  const lang = langOrNotFound(rawLang);
  const slug = slugOrNotFound(rawSlug);
  const leistung = await getLeistung(slug, lang);
  if (!leistung) notFound();
  const { value: eingabe } = searchParam((await searchParams).ort, 100);
  const a = allgemeinTexte(lang);
  const o = ortTexte(lang);
  const orte = eingabe ? await findOrte(eingabe, 20) : [];
  const gemeinden = [...new Map(orte.map((o) => [o.ags, o])).values()];
  if (gemeinden.length === 1 && gemeinden[0]) {
    redirect(`/${lang}/leistungen/${slug}/in/${gemeinden[0].ags}#zustaendige-stelle`);
  }
  const error = !eingabe ? o.empty : orte.length === 0 ? o.none(eingabe) : undefined;
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
      {orte.length > 0 ? (
        <>
          <Ortsauswahl
            orte={orte}
            eingabe={eingabe}
            lang={lang}
            href={(ags) => `/${lang}/leistungen/${slug}/in/${ags}#zustaendige-stelle`}
          />
        </>
      ) : (
        <>
          {eingabe ? <p className="kern-body">{o.noneHelp}</p> : null}
          <OrtFormular
            action={`/${lang}/leistungen/${slug}/zustaendig`}
            lang={lang}
            defaultValue={eingabe}
            error={error}
            frage={ortsfrage(leistung, lang)}
          />
        </>
      )}
    </div>
  );
}
