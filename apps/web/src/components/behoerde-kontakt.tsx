import type { OrganisationseinheitRow } from "@portal/katalog/server";
import { Address, telHref } from "@portal/ui/address";
import { DescriptionList } from "@portal/ui/description-list";
import { behoerdeTexte } from "@/i18n/behoerde";
import { type Lang, langAttr } from "@/i18n/sprache";

/** Name, typed addresses, contact channels and opening hours of an authority (XZuFi Organisationseinheit). */
export function BehoerdeKontakt({
  behoerde,
  lang,
  headingLevel = 3,
  titel,
}: {
  behoerde: OrganisationseinheitRow;
  lang: Lang;
  /** Rank of the name heading; 4 where a heading for the case of a rule stands above it. */
  headingLevel?: 2 | 3 | 4;
  /** Heading text instead of the linked name, where the page's h1 already names the authority. */
  titel?: string;
}) {
  const d = behoerdeTexte(lang);
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4" | "h5";
  const kontakt = [
    behoerde.telefon && {
      term: d.telefon,
      definition: (
        <a className="kern-link" href={telHref(behoerde.telefon)}>
          {behoerde.telefon}
        </a>
      ),
    },
    behoerde.telefax && { term: d.telefax, definition: behoerde.telefax },
    behoerde.email && {
      term: d.email,
      definition: (
        <a className="kern-link" href={`mailto:${behoerde.email}`}>
          {behoerde.email}
        </a>
      ),
    },
    behoerde.internet && {
      term: d.internet,
      definition: (
        <a className="kern-link portal-url" href={behoerde.internet}>
          {behoerde.internet.replace(/^https?:\/\//, "").replace(/\/$/, "")}
        </a>
      ),
    },
    behoerde.leitwegId && { term: d.leitwegId, definition: behoerde.leitwegId },
  ].filter((item) => !!item);
  return (
    <div className="portal-stack" data-testid="behoerde">
      <H className={headingLevel === 4 ? "kern-heading-small" : "kern-heading-medium"}>
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
            <Address
              address={
                a.typ === "postfach" || a.typ === "grossempfaengerpostfach"
                  ? { postOfficeBox: a.postfach ?? "", postalCode: a.plz ?? "", city: a.ort ?? "" }
                  : { street: a.strasse ?? "", postalCode: a.plz ?? "", city: a.ort ?? "" }
              }
              labels={{ postOfficeBox: d.anschrift.postfach }}
            />
          </div>
        ))}
        <div>
          <Sub className="kern-heading-x-small">{d.kontakt}</Sub>
          <DescriptionList layout="compact" items={kontakt} />
        </div>
        <div>
          <Sub className="kern-heading-x-small">{d.oeffnungszeiten}</Sub>
          {behoerde.oeffnungszeiten.length ? (
            <DescriptionList
              layout="compact"
              items={behoerde.oeffnungszeiten.map((o) => ({
                term: d.wochentage[o.wochentag],
                definition: (
                  <>
                    {o.von}–{o.bis}{" "}
                    {/* Notes come from the authority's directory entry, in German. */}
                    {o.hinweis ? <span lang={langAttr("de", lang)}>({o.hinweis})</span> : null}
                  </>
                ),
              }))}
            />
          ) : (
            <p className="kern-body">{d.keineOeffnungszeiten}</p>
          )}
        </div>
      </div>
    </div>
  );
}
