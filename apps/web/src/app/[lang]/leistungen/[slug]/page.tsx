import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LeistungAnsicht } from "@/components/leistung-ansicht";
import { OrtFormular } from "@/components/ort-formular";
import { getLeistung } from "@/lib/data";
import { t } from "@/lib/i18n";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; slug: string }> };

/** Rendered on first request, then cached until the CMS webhook expires the Leistungen tag. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const daten = await getLeistung(slugOrNotFound(slug), langOrNotFound(lang));
  return daten ? { title: daten.leistung.titel, description: daten.leistung.kurztext } : {};
}

export default async function LeistungPage({ params }: Props) {
  const { lang: rawLang, slug: rawSlug } = await params;
  const lang = langOrNotFound(rawLang);
  const slug = slugOrNotFound(rawSlug);
  const daten = await getLeistung(slug, lang);
  if (!daten) notFound();
  return (
    <LeistungAnsicht
      daten={daten}
      lang={lang}
      zustaendigeStelle={
        <>
          <p className="kern-body">{t(lang).leistung.findStelle}</p>
          <OrtFormular action={`/${lang}/leistungen/${slug}/zustaendig`} lang={lang} />
        </>
      }
    />
  );
}
