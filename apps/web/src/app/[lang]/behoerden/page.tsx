import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Details } from "@portal/ui/details";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OrtFormular } from "@/components/ort-formular";
import { Ortsauswahl } from "@/components/ortsauswahl";
import { allgemeinTexte } from "@/i18n/allgemein";
import { behoerdeTexte } from "@/i18n/behoerde";
import { leistungTexte } from "@/i18n/leistung";
import { ortTexte } from "@/i18n/ort";
import { findOrte } from "@/lib/data";
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
  const { value: eingabe } = searchParam((await searchParams).ort, 100);
  return { title: behoerdeTexte(lang).title, robots: eingabe ? { index: false } : undefined };
}

/** "Behörden finden": the place form; one match goes straight to that municipality's authorities. */
export default async function BehoerdenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const a = allgemeinTexte(lang);
  const d = behoerdeTexte(lang);
  const o = ortTexte(lang);
  const { value: eingabe } = searchParam((await searchParams).ort, 100);
  const orte = eingabe ? await findOrte(eingabe, 20) : [];
  const gemeinden = [...new Set(orte.map((o) => o.ags))];
  if (gemeinden.length === 1) redirect(`/${lang}/behoerden/gemeinde/${gemeinden[0]}`);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[{ href: `/${lang}`, label: a.nav.home }, { label: d.title }]}
      />
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">{d.intro}</p>
      {orte.length > 0 ? (
        <>
          <Ortsauswahl
            orte={orte}
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
            error={eingabe ? o.none(eingabe) : undefined}
            buttonLabel={d.button}
          />
        </>
      )}
    </div>
  );
}
