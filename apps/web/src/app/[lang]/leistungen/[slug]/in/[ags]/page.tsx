import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BehoerdeKontakt } from "@/components/behoerde-kontakt";
import { LeistungAnsicht } from "@/components/leistung-ansicht";
import { OrtFormular } from "@/components/ort-formular";
import { getGemeinde, getLeistung, getZustaendigeStellen } from "@/lib/data";
import { t } from "@/lib/i18n";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; slug: string; ags: string }> };

async function load({ params }: Props) {
  const { lang: rawLang, slug: rawSlug, ags } = await params;
  const lang = langOrNotFound(rawLang);
  const slug = slugOrNotFound(rawSlug);
  if (!/^\d{8}$/.test(ags)) notFound();
  const [daten, gemeinde] = await Promise.all([getLeistung(slug, lang), getGemeinde(ags)]);
  if (!daten || !gemeinde) notFound();
  return { lang, slug, daten, gemeinde };
}

/** Rendered on first request, then cached until the CMS webhook expires the Leistungen tag. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { daten, gemeinde } = await load(props);
  return {
    title: `${daten.leistung.titel} – ${gemeinde.name}`,
    description: daten.leistung.kurztext,
  };
}

/** The service page with the authority responsible for one municipality (a cacheable URL per place). */
export default async function LeistungInGemeindePage(props: Props) {
  const { lang, slug, daten, gemeinde } = await load(props);
  const d = t(lang).leistung;
  const stelle = (await getZustaendigeStellen(daten.original.documentId, gemeinde.ags))[0]?.stelle;
  return (
    <LeistungAnsicht
      daten={daten}
      lang={lang}
      zustaendigeStelle={
        <div className="portal-stack">
          <p className="kern-body" data-testid="zustaendig-fuer">
            <strong>{d.zustaendigFuer(`${gemeinde.name} (${gemeinde.kreis})`)}</strong>
          </p>
          {stelle ? (
            <BehoerdeKontakt behoerde={stelle} lang={lang} />
          ) : (
            <p className="kern-body">{d.keineStelle}</p>
          )}
          <details className="kern-body">
            <summary>{d.ortChange}</summary>
            <OrtFormular
              action={`/${lang}/leistungen/${slug}/zustaendig`}
              lang={lang}
              id="ort-wechseln"
            />
          </details>
        </div>
      }
    />
  );
}
