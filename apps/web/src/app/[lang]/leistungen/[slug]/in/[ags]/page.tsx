import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LeistungAnsicht } from "@/components/leistung-ansicht";
import { ZustaendigeStelle } from "@/components/zustaendige-stelle";
import {
  getFormulareFuerLeistung,
  getGemeinde,
  getLeistung,
  getZustaendigeStellen,
} from "@/lib/data";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; slug: string; ags: string }> };

async function load({ params }: Props) {
  const { lang: rawLang, slug: rawSlug, ags } = await params;
  const lang = langOrNotFound(rawLang);
  const slug = slugOrNotFound(rawSlug);
  if (!/^\d{8}$/.test(ags)) notFound();
  const [leistung, gemeinde] = await Promise.all([getLeistung(slug, lang), getGemeinde(ags)]);
  if (!leistung || !gemeinde) notFound();
  return { lang, slug, leistung, gemeinde };
}

/** Rendered on first request, then cached until the CMS webhook expires the Leistungen tag. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { leistung, gemeinde } = await load(props);
  return {
    title: `${leistung.titel.wert} – ${gemeinde.name}`,
    description: leistung.kurztext.wert,
  };
}

/** The service page with the authorities responsible for one municipality (a cacheable URL per place). */
export default async function LeistungInGemeindePage(props: Props) {
  const { lang, slug, leistung, gemeinde } = await load(props);
  const stellen = await getZustaendigeStellen(leistung.documentId, gemeinde.ags);
  return (
    <LeistungAnsicht
      leistung={leistung}
      lang={lang}
      onlineAntraege={await getFormulareFuerLeistung(leistung.slug)}
      zustaendigeStelle={
        <ZustaendigeStelle
          leistung={leistung}
          gemeinde={gemeinde}
          stellen={stellen}
          lang={lang}
          action={`/${lang}/leistungen/${slug}/zustaendig`}
        />
      }
    />
  );
}
