import { LinkCard } from "@portal/ui/link-card";
import { Suchformular } from "@/components/suchformular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { formatDate } from "@/i18n/format";
import { langAttr } from "@/i18n/sprache";
import { startTexte } from "@/i18n/start";
import { getLebenslagen, getMeldungen } from "@/lib/data";
import { langOrNotFound } from "@/lib/params";

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = langOrNotFound((await params).lang);
  const a = allgemeinTexte(lang);
  const d = startTexte(lang);
  const [lebenslagen, meldungen] = await Promise.all([getLebenslagen(lang), getMeldungen(lang, 3)]);
  const oben = lebenslagen.filter((l) => !l.parentDocumentId);
  return (
    <div className="portal-stack">
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">{d.intro}</p>
      <Suchformular lang={lang} />
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/leichte-sprache`}>
          {a.footer.leichteSprache}
        </a>
        {" · "}
        <a className="kern-link" href={`/${lang}/gebaerdensprache`}>
          {a.footer.gebaerdensprache}
        </a>
      </p>
      <section aria-labelledby="lebenslagen-titel" className="portal-section">
        <h2 id="lebenslagen-titel" className="kern-heading-large">
          {d.lebenslagen}
        </h2>
        <ul className="portal-grid" data-testid="lebenslagen">
          {oben.map((l) => (
            <li key={l.documentId} lang={langAttr(l.locale, lang)}>
              <LinkCard
                href={`/${lang}/lebenslagen/${l.slug}`}
                title={l.titel}
                description={l.beschreibung ?? undefined}
                headingLevel={3}
              />
            </li>
          ))}
        </ul>
      </section>
      {meldungen.length ? (
        <section aria-labelledby="meldungen-titel" className="portal-section">
          <h2 id="meldungen-titel" className="kern-heading-large">
            {d.meldungen}
          </h2>
          <ul className="portal-list-plain portal-stack">
            {meldungen.map((m) => (
              <li key={m.documentId} lang={langAttr(m.locale, lang)}>
                <h3 className="kern-heading-small">
                  <a className="kern-link" href={`/${lang}/meldungen/${m.slug}`}>
                    {m.titel}
                  </a>
                </h3>
                <p className="kern-body kern-body--small">{formatDate(lang, m.datum)}</p>
                {m.teaser ? <p className="kern-body">{m.teaser}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
