import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { getMeldung } from "@/lib/data";
import { formatDate, t } from "@/lib/i18n";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; slug: string }> };

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

export default async function MeldungPage({ params }: Props) {
  const { lang, meldung } = await load(params);
  const d = t(lang);
  return (
    <article className="portal-stack" lang={meldung.locale !== lang ? meldung.locale : undefined}>
      <Breadcrumbs
        label={d.breadcrumbs}
        items={[{ href: `/${lang}`, label: d.nav.home }, { label: d.meldungen.title }]}
      />
      <h1 className="kern-heading-x-large">{meldung.titel}</h1>
      <p className="kern-body kern-body--small">
        <time dateTime={meldung.datum}>{formatDate(lang, meldung.datum)}</time>
      </p>
      {meldung.teaser ? <p className="kern-body kern-body--large">{meldung.teaser}</p> : null}
      <Markdown>{meldung.inhalt}</Markdown>
    </article>
  );
}
