import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OrtFormular } from "@/components/ort-formular";
import { Ortsauswahl } from "@/components/ortsauswahl";
import { findOrte, getLeistung } from "@/lib/data";
import { t } from "@/lib/i18n";
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
  const daten = await getLeistung(slug, lang);
  if (!daten) notFound();
  const { value: eingabe } = searchParam((await searchParams).ort, 100);
  const d = t(lang);
  const orte = eingabe ? await findOrte(eingabe, 20) : [];
  const gemeinden = [...new Map(orte.map((o) => [o.ags, o])).values()];
  if (gemeinden.length === 1 && gemeinden[0]) {
    redirect(`/${lang}/leistungen/${slug}/in/${gemeinden[0].ags}#zustaendige-stelle`);
  }
  const error = !eingabe ? d.ort.empty : orte.length === 0 ? d.ort.none(eingabe) : undefined;
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={d.breadcrumbs}
        items={[
          { href: `/${lang}`, label: d.nav.home },
          { href: `/${lang}/leistungen/${slug}`, label: daten.leistung.titel },
          { label: d.ort.title },
        ]}
      />
      <h1 className="kern-heading-x-large">{d.ort.title}</h1>
      <p className="kern-body kern-body--large">{daten.leistung.titel}</p>
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
          {eingabe ? <p className="kern-body">{d.ort.noneHelp}</p> : null}
          <OrtFormular
            action={`/${lang}/leistungen/${slug}/zustaendig`}
            lang={lang}
            defaultValue={eingabe}
            error={error}
          />
        </>
      )}
    </div>
  );
}
