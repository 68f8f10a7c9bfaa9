import type { Ortstreffer } from "@portal/katalog/server";
import { ortTexte } from "@/i18n/ort";
import type { Lang } from "@/i18n/sprache";

/** Several places match what the citizen typed: each as a link, with how it matched and its Kreis. */
export function Ortsauswahl({
  orte,
  eingabe,
  lang,
  href,
}: {
  orte: Ortstreffer[];
  eingabe: string;
  lang: Lang;
  /** Where a chosen municipality leads. */
  href: (ags: string) => string;
}) {
  const d = ortTexte(lang);
  return (
    <>
      <p className="kern-body">{d.choose(eingabe)}</p>
      <ul className="kern-list" data-testid="ortsauswahl">
        {orte.map((o) => (
          <li key={`${o.art}-${o.ags}-${o.treffer}`}>
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
