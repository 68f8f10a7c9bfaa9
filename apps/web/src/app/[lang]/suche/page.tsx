import type { Metadata } from "next";
import { MAX_QUERY, SucheAnsicht } from "@/components/suche-ansicht";
import { sucheTexte } from "@/i18n/suche";
import { langOrNotFound, searchParam } from "@/lib/params";

// Reads the query string: rendered per request. Most queries never get here: next.config.ts rewrites
// them to the cached route suche/[q]/[seite].
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  return { title: sucheTexte(langOrNotFound(lang)).title, robots: { index: false } };
}

export default async function SuchePage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const { value: query, truncated } = searchParam(sp.q, MAX_QUERY);
  const page = Math.min(Math.max(Number.parseInt(searchParam(sp.seite, 4).value, 10) || 1, 1), 500);
  return <SucheAnsicht lang={lang} query={query} truncated={truncated} page={page} />;
}
