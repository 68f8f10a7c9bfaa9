import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OrtFormular } from "@/components/ort-formular";
import { Ortsauswahl } from "@/components/ortsauswahl";
import { findOrte } from "@/lib/data";
import { t } from "@/lib/i18n";
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
  return { title: t(lang).behoerde.title, robots: eingabe ? { index: false } : undefined };
}

/** "Behörden finden": the place form; one match goes straight to that municipality's authorities. */
export default async function BehoerdenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const d = t(lang);
  const { value: eingabe } = searchParam((await searchParams).ort, 100);
  const orte = eingabe ? await findOrte(eingabe, 20) : [];
  const gemeinden = [...new Set(orte.map((o) => o.ags))];
  if (gemeinden.length === 1) redirect(`/${lang}/behoerden/gemeinde/${gemeinden[0]}`);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={d.breadcrumbs}
        items={[{ href: `/${lang}`, label: d.nav.home }, { label: d.behoerde.title }]}
      />
      <h1 className="kern-heading-x-large">{d.behoerde.title}</h1>
      <p className="kern-body kern-body--large">{d.behoerde.intro}</p>
      {orte.length > 0 ? (
        <>
          <Ortsauswahl
            orte={orte}
            eingabe={eingabe}
            lang={lang}
            href={(ags) => `/${lang}/behoerden/gemeinde/${ags}`}
          />
          <details className="kern-body">
            <summary>{d.leistung.ortChange}</summary>
            <OrtFormular
              action={`/${lang}/behoerden`}
              lang={lang}
              defaultValue={eingabe}
              buttonLabel={d.behoerde.button}
            />
          </details>
        </>
      ) : (
        <>
          {eingabe ? <p className="kern-body">{d.ort.noneHelp}</p> : null}
          <OrtFormular
            action={`/${lang}/behoerden`}
            lang={lang}
            defaultValue={eingabe}
            error={eingabe ? d.ort.none(eingabe) : undefined}
            buttonLabel={d.behoerde.button}
          />
        </>
      )}
    </div>
  );
}
