import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { getSeite } from "@/lib/data";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; seite: string }> };

export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { lang: rawLang, seite } = await params;
  const lang = langOrNotFound(rawLang);
  const row = await getSeite(slugOrNotFound(seite), lang);
  if (!row) notFound();
  return { lang, row };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).row.titel };
}

/** Editorial pages from the CMS: Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache … */
export default async function SeitePage({ params }: Props) {
  const { lang, row } = await load(params);
  return (
    <article className="portal-stack" lang={row.locale !== lang ? row.locale : undefined}>
      <h1 className="kern-heading-x-large">{row.titel}</h1>
      <Markdown>{row.inhalt}</Markdown>
    </article>
  );
}
