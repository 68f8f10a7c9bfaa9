import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { allgemeinTexte } from "@/i18n/allgemein";
import { inhalteTexte } from "@/i18n/inhalte";
import { langAttr } from "@/i18n/sprache";
import { getSeite } from "@/lib/data";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; seite: string }> };

/** Rendered on first request, then cached until the CMS webhook expires the Seiten tag. */
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
  const a = allgemeinTexte(lang);
  // German shown in the English UI (no translation yet) is marked so screen readers switch voice.
  const fremd = langAttr(row.locale, lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { label: <span lang={fremd}>{row.titel}</span> },
        ]}
      />
      <article className="portal-stack" lang={fremd} data-testid="seite">
        <h1 className="kern-heading-x-large">{row.titel}</h1>
        {fremd ? (
          <p className="kern-body kern-body--small" lang={lang}>
            {inhalteTexte(lang).seite.germanOnly}
          </p>
        ) : null}
        <Markdown topLevel={2}>{row.inhalt}</Markdown>
      </article>
    </div>
  );
}
