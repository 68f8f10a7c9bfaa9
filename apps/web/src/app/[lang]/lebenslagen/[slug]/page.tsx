import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Leistungsliste } from "@/components/leistungsliste";
import { allgemeinTexte } from "@/i18n/allgemein";
import { inhalteTexte } from "@/i18n/inhalte";
import { langAttr } from "@/i18n/sprache";
import { getLebenslage, getLebenslagen, getLeistungenByLebenslage } from "@/lib/data";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; slug: string }> };

/** Rendered on first request, then cached until the CMS webhook expires what it shows. */
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { lang: rawLang, slug } = await params;
  const lang = langOrNotFound(rawLang);
  const lebenslage = await getLebenslage(slugOrNotFound(slug), lang);
  if (!lebenslage) notFound();
  return { lang, lebenslage };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lebenslage } = await load(params);
  return { title: lebenslage.titel, description: lebenslage.beschreibung ?? undefined };
}

/** One Lebenslage: its sub-topics and the services that belong to it (and to its sub-topics). */
export default async function LebenslagePage({ params }: Props) {
  const { lang, lebenslage } = await load(params);
  const a = allgemeinTexte(lang);
  const d = inhalteTexte(lang);
  const [alle, leistungen] = await Promise.all([
    getLebenslagen(lang),
    getLeistungenByLebenslage(lebenslage.documentId, lang),
  ]);
  const parent = alle.find((l) => l.documentId === lebenslage.parentDocumentId);
  const kinder = alle.filter((l) => l.parentDocumentId === lebenslage.documentId);
  // German text shown in the English UI (no translation yet) is marked so screen readers switch voice.
  const fremd = langAttr(lebenslage.locale, lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/lebenslagen`, label: d.lebenslagen.title },
          ...(parent
            ? [
                {
                  href: `/${lang}/lebenslagen/${parent.slug}`,
                  label: <span lang={langAttr(parent.locale, lang)}>{parent.titel}</span>,
                },
              ]
            : []),
          { label: <span lang={fremd}>{lebenslage.titel}</span> },
        ]}
      />
      <h1 className="kern-heading-x-large" lang={fremd}>
        {lebenslage.titel}
      </h1>
      {lebenslage.beschreibung ? (
        <p className="kern-body kern-body--large" lang={fremd}>
          {lebenslage.beschreibung}
        </p>
      ) : null}
      {kinder.length ? (
        <section aria-labelledby="unterthemen" className="portal-section">
          <h2 id="unterthemen" className="kern-heading-medium">
            {d.lebenslagen.unterthemen}
          </h2>
          <ul className="kern-list" data-testid="unterthemen">
            {kinder.map((k) => (
              <li key={k.documentId} lang={langAttr(k.locale, lang)}>
                <a className="kern-link" href={`/${lang}/lebenslagen/${k.slug}`}>
                  {k.titel}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="leistungen" className="portal-section">
        <h2 id="leistungen" className="kern-heading-medium">
          {d.lebenslagen.leistungen}
        </h2>
        {leistungen.length ? (
          <Leistungsliste leistungen={leistungen} lang={lang} headingLevel={3} />
        ) : (
          <p className="kern-body">{d.lebenslagen.keine}</p>
        )}
      </section>
    </div>
  );
}
