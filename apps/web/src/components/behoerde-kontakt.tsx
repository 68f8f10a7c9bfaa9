import type { OrganisationseinheitRow } from "@portal/katalog/server";
import { type Lang, t } from "@/lib/i18n";

/** Name, typed addresses, contact channels and opening hours of an authority (XZuFi Organisationseinheit). */
export function BehoerdeKontakt({
  behoerde,
  lang,
  headingLevel = 3,
  titel,
}: {
  behoerde: OrganisationseinheitRow;
  lang: Lang;
  headingLevel?: 2 | 3;
  /** Heading text instead of the linked name, where the page's h1 already names the authority. */
  titel?: string;
}) {
  const d = t(lang).behoerde;
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <div className="portal-stack" data-testid="behoerde">
      <H className="kern-heading-medium">
        {titel ?? (
          <a className="kern-link" href={`/${lang}/behoerden/${behoerde.schluessel}`}>
            {behoerde.name}
          </a>
        )}
      </H>
      <div className="portal-grid">
        {behoerde.anschriften.map((a) => (
          <div key={`${a.typ}-${a.postfach ?? a.strasse}`}>
            <Sub className="kern-heading-x-small">{d.anschrift[a.typ]}</Sub>
            <address className="kern-body">
              {a.typ === "postfach" || a.typ === "grossempfaengerpostfach" ? (
                <>
                  {lang === "de" ? "Postfach" : "PO box"} {a.postfach}
                </>
              ) : (
                a.strasse
              )}
              <br />
              {a.plz} {a.ort}
            </address>
          </div>
        ))}
        <div>
          <Sub className="kern-heading-x-small">{d.kontakt}</Sub>
          <dl className="kern-body portal-kontakt">
            {behoerde.telefon ? (
              <>
                <dt>{d.telefon}</dt>
                <dd>
                  <a className="kern-link" href={`tel:${behoerde.telefon.replace(/[^\d+]/g, "")}`}>
                    {behoerde.telefon}
                  </a>
                </dd>
              </>
            ) : null}
            {behoerde.telefax ? (
              <>
                <dt>{d.telefax}</dt>
                <dd>{behoerde.telefax}</dd>
              </>
            ) : null}
            {behoerde.email ? (
              <>
                <dt>{d.email}</dt>
                <dd>
                  <a className="kern-link" href={`mailto:${behoerde.email}`}>
                    {behoerde.email}
                  </a>
                </dd>
              </>
            ) : null}
            {behoerde.internet ? (
              <>
                <dt>{d.internet}</dt>
                <dd>
                  <a className="kern-link" href={behoerde.internet}>
                    {behoerde.internet.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                  </a>
                </dd>
              </>
            ) : null}
            {behoerde.leitwegId ? (
              <>
                <dt>{d.leitwegId}</dt>
                <dd>{behoerde.leitwegId}</dd>
              </>
            ) : null}
          </dl>
        </div>
        <div>
          <Sub className="kern-heading-x-small">{d.oeffnungszeiten}</Sub>
          {behoerde.oeffnungszeiten.length ? (
            <dl className="kern-body portal-kontakt">
              {behoerde.oeffnungszeiten.map((o) => (
                <div key={`${o.wochentag}-${o.von}`}>
                  <dt>{d.wochentage[o.wochentag]}</dt>
                  <dd>
                    {o.von}–{o.bis} {o.hinweis ? `(${o.hinweis})` : null}
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="kern-body">{d.keineOeffnungszeiten}</p>
          )}
        </div>
      </div>
    </div>
  );
}
