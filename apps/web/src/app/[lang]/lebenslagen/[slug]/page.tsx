import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Leistungsliste } from "@/components/leistungsliste";
import { getLebenslage, getLebenslagen, getLeistungenByLebenslage } from "@/lib/data";
import { t } from "@/lib/i18n";
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
  const d = t(lang);
  const [alle, leistungen] = await Promise.all([
    getLebenslagen(lang),
    getLeistungenByLebenslage(lebenslage.documentId, lang),
  ]);
  const parent = alle.find((l) => l.documentId === lebenslage.parentDocumentId);
  const kinder = alle.filter((l) => l.parentDocumentId === lebenslage.documentId);
  // German text shown in the English UI (no translation yet) is marked so screen readers switch voice.
  const fremd = lebenslage.locale !== lang ? lebenslage.locale : undefined;
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={d.breadcrumbs}
        items={[
          { href: `/${lang}`, label: d.nav.home },
          { href: `/${lang}/lebenslagen`, label: d.lebenslagen.title },
          ...(parent ? [{ href: `/${lang}/lebenslagen/${parent.slug}`, label: parent.titel }] : []),
          { label: lebenslage.titel },
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
              <li key={k.documentId} lang={k.locale !== lang ? k.locale : undefined}>
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
