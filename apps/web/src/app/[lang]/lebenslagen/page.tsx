import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Card } from "@portal/ui/card";
import type { Metadata } from "next";
import { allgemeinTexte } from "@/i18n/allgemein";
import { inhalteTexte } from "@/i18n/inhalte";
import { langAttr } from "@/i18n/sprache";
import { getLebenslagen } from "@/lib/data";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: inhalteTexte(langOrNotFound((await params).lang)).lebenslagen.title };
}

/** The Lebenslagen tree: top-level life situations with their sub-topics. */
export default async function LebenslagenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const a = allgemeinTexte(lang);
  const d = inhalteTexte(lang);
  const lebenslagen = await getLebenslagen(lang);
  const oben = lebenslagen.filter((l) => !l.parentDocumentId);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[{ href: `/${lang}`, label: a.nav.home }, { label: d.lebenslagen.title }]}
      />
      <h1 className="kern-heading-x-large">{d.lebenslagen.title}</h1>
      <p className="kern-body kern-body--large">{d.lebenslagen.intro}</p>
      <ul className="portal-grid" data-testid="lebenslagen">
        {oben.map((l) => {
          const kinder = lebenslagen.filter((k) => k.parentDocumentId === l.documentId);
          return (
            <li key={l.documentId} lang={langAttr(l.locale, lang)}>
              {/* Not a whole-card link: the card links to its sub-topics as well. */}
              <Card
                headingLevel={2}
                title={
                  <a className="kern-link" href={`/${lang}/lebenslagen/${l.slug}`}>
                    {l.titel}
                  </a>
                }
              >
                {l.beschreibung ? <p className="kern-body">{l.beschreibung}</p> : null}
                {kinder.length ? (
                  <ul className="kern-list" data-testid="unterthemen">
                    {kinder.map((k) => (
                      // The card carries l.locale; a child in another language says so itself.
                      <li key={k.documentId} lang={k.locale !== l.locale ? k.locale : undefined}>
                        <a className="kern-link" href={`/${lang}/lebenslagen/${k.slug}`}>
                          {k.titel}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
