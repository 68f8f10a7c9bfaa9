import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { getSeite } from "@/lib/data";
import { t } from "@/lib/i18n";
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
  const d = t(lang);
  // German shown in the English UI (no translation yet) is marked so screen readers switch voice.
  const fremd = row.locale !== lang ? row.locale : undefined;
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={d.breadcrumbs}
        items={[
          { href: `/${lang}`, label: d.nav.home },
          { label: <span lang={fremd}>{row.titel}</span> },
        ]}
      />
      <article className="portal-stack" lang={fremd} data-testid="seite">
        <h1 className="kern-heading-x-large">{row.titel}</h1>
        {fremd ? (
          <p className="kern-body kern-body--small" lang={lang}>
            {d.seite.germanOnly}
          </p>
        ) : null}
        <Markdown topLevel={2}>{row.inhalt}</Markdown>
      </article>
    </div>
  );
}
