import type { Ortsaufloesung } from "@portal/katalog/server";
import { ortTexte } from "@/i18n/ort";
import type { Lang } from "@/i18n/sprache";

type Auswahl = Extract<Ortsaufloesung, { ergebnis: "auswahl" }>;

/**
 * The finder asks: each place the input may mean as a link, with how it matched and its Kreis,
 * after a sentence that says why it asks (namesakes, a shared postal code, or only similar names).
 */
export function Ortsauswahl({
  auswahl,
  eingabe,
  lang,
  href,
}: {
  auswahl: Auswahl;
  eingabe: string;
  lang: Lang;
  /** Where a chosen municipality leads. */
  href: (ags: string) => string;
}) {
  const d = ortTexte(lang);
  return (
    <>
      <p className="kern-body" id="ortsauswahl-frage">
        {d.choose[auswahl.grund](eingabe)}
      </p>
      <ul className="kern-list" data-testid="ortsauswahl" aria-labelledby="ortsauswahl-frage">
        {auswahl.orte.map((o) => (
          <li key={o.ags}>
            <a className="kern-link" href={href(o.ags)}>
              {o.art === "ortsteil"
                ? d.ortsteilVon(o.treffer, o.gemeinde)
                : o.art === "plz"
                  ? `${o.treffer} ${o.gemeinde}`
                  : o.gemeinde}
            </a>{" "}
            <span className="kern-body--small">({o.kreis})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The message at the place field when the input resolves to no choice at all. */
export function ortsfehler(
  aufloesung: Exclude<Ortsaufloesung, Auswahl | { ergebnis: "eindeutig" }>,
  eingabe: string,
  lang: Lang,
): string {
  const d = ortTexte(lang);
  switch (aufloesung.ergebnis) {
    case "leer":
      return d.empty;
    case "plz-unvollstaendig":
      return d.plzUnvollstaendig(eingabe);
    case "keiner":
      return d.none(eingabe);
  }
}
