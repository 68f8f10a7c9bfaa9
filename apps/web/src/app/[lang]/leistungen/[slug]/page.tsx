import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LeistungAnsicht } from "@/components/leistung-ansicht";
import { OrtFormular } from "@/components/ort-formular";
import { ortsfrage } from "@/components/zustaendige-stelle";
import { leistungTexte } from "@/i18n/leistung";
import { getFormulareFuerLeistung, getLeistung } from "@/lib/data";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; slug: string }> };

/** Rendered on first request, then cached until the CMS webhook expires the Leistungen tag. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const leistung = await getLeistung(slugOrNotFound(slug), langOrNotFound(lang));
  return leistung ? { title: leistung.titel.wert, description: leistung.kurztext.wert } : {};
}

export default async function LeistungPage({ params }: Props) {
  const { lang: rawLang, slug: rawSlug } = await params;
  const lang = langOrNotFound(rawLang);
  const slug = slugOrNotFound(rawSlug);
  const leistung = await getLeistung(slug, lang);
  if (!leistung) notFound();
  return (
    <LeistungAnsicht
      leistung={leistung}
      lang={lang}
      onlineAntraege={await getFormulareFuerLeistung(leistung.slug)}
      zustaendigeStelle={
        <>
          <p className="kern-body">{leistungTexte(lang).findStelle}</p>
          <OrtFormular
            action={`/${lang}/leistungen/${slug}/zustaendig`}
            lang={lang}
            frage={ortsfrage(leistung, lang)}
          />
        </>
      }
    />
  );
}
