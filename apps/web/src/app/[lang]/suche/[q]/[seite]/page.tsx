import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SucheAnsicht } from "@/components/suche-ansicht";
import { sucheTexte } from "@/i18n/suche";
import { langOrNotFound, safeDecode, searchParam } from "@/lib/params";

type Props = { params: Promise<{ lang: string; q: string; seite: string }> };

/**
 * Search results as a cacheable page per (query, page): next.config.ts rewrites /suche?q=…&seite=… here,
 * so the URL citizens see stays /suche?q=…, and repeated searches are served from the cache until
 * the next publication expires the Leistungen tag.
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  return { title: sucheTexte(langOrNotFound(lang)).title, robots: { index: false } };
}

export default async function SucheErgebnisPage({ params }: Props) {
  const { lang: rawLang, q, seite } = await params;
  const lang = langOrNotFound(rawLang);
  if (!/^\d{1,3}$/.test(seite)) notFound();
  // Depending on the characters, the segment arrives percent-encoded or not; decode once if it is.
  const decoded = safeDecode(q) ?? q;
  const { value: query, truncated } = searchParam(decoded, 100);
  return (
    <SucheAnsicht
      lang={lang}
      query={query}
      truncated={truncated}
      page={Math.max(Number(seite), 1)}
    />
  );
}
