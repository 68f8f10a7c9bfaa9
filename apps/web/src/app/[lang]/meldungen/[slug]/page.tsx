import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { allgemeinTexte } from "@/i18n/allgemein";
import { formatDate } from "@/i18n/format";
import { inhalteTexte } from "@/i18n/inhalte";
import { langAttr } from "@/i18n/sprache";
import { getMeldung } from "@/lib/data";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; slug: string }> };

/** Rendered on first request, then cached until the CMS webhook expires the Meldungen tag. */
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { lang: rawLang, slug } = await params;
  const lang = langOrNotFound(rawLang);
  const meldung = await getMeldung(slugOrNotFound(slug), lang);
  if (!meldung) notFound();
  return { lang, meldung };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meldung } = await load(params);
  return { title: meldung.titel, description: meldung.teaser ?? undefined };
}

/** One news item: title, date, teaser and body (Markdown from the CMS, never raw HTML). */
export default async function MeldungPage({ params }: Props) {
  const { lang, meldung } = await load(params);
  const a = allgemeinTexte(lang);
  const d = inhalteTexte(lang);
  // German shown in the English UI (no translation yet) is marked so screen readers switch voice.
  const fremd = langAttr(meldung.locale, lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}#meldungen-titel`, label: d.meldungen.title },
          { label: <span lang={fremd}>{meldung.titel}</span> },
        ]}
      />
      <article className="portal-stack" lang={fremd} data-testid="meldung">
        <h1 className="kern-heading-x-large">{meldung.titel}</h1>
        <p className="kern-body kern-body--small" lang={fremd ? lang : undefined}>
          <time dateTime={meldung.datum.slice(0, 10)}>{formatDate(lang, meldung.datum)}</time>
          {fremd ? ` · ${d.seite.germanOnly}` : null}
        </p>
        {meldung.teaser ? <p className="kern-body kern-body--large">{meldung.teaser}</p> : null}
        <Markdown topLevel={2}>{meldung.inhalt}</Markdown>
      </article>
    </div>
  );
}
