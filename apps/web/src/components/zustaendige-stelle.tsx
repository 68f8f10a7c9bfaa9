import type {
  GemeindeInfo,
  LeistungInSprache,
  OrganisationseinheitRow,
} from "@portal/katalog/server";
import { Details } from "@portal/ui/details";
import { leistungTexte } from "@/i18n/leistung";
import { type Lang, langAttr } from "@/i18n/sprache";
import { alsUeberschrift, faelleFuerAnzeige } from "@/lib/zustaendigkeit";
import { BehoerdeKontakt } from "./behoerde-kontakt";
import { OrtFormular } from "./ort-formular";

/**
 * The place question for a Leistung: it names the place that decides ("Wo liegt das
 * Grundstück?") where the rule says which; undefined where it does not.
 */
export function ortsfrage(leistung: LeistungInSprache, lang: Lang): string | undefined {
  const ort = leistung.zustaendigkeit.massgeblicherOrt;
  return ort ? leistungTexte(lang).ortFrage[ort] : undefined;
}

/**
 * The "Zuständige Stelle" section for one municipality: the result line names the place that
 * decides ("Zuständig für Grundstücke in Pirna"); then the authority, or, when the rule has
 * several cases that lead to different authorities, every case under a heading with its
 * condition ("Für Gemeindestraßen …"), so the citizen picks the one that fits instead of the
 * portal guessing.
 */
export function ZustaendigeStelle({
  leistung,
  gemeinde,
  stellen,
  lang,
  action,
}: {
  leistung: LeistungInSprache;
  gemeinde: GemeindeInfo;
  /** The authorities per case, from `getZustaendigeStellen`. */
  stellen: { fall: number; stelle: OrganisationseinheitRow }[];
  lang: Lang;
  /** Where the form for another place sends to. */
  action: string;
}) {
  const d = leistungTexte(lang);
  const ort = `${gemeinde.name} (${gemeinde.kreis})`;
  const massgeblich = leistung.zustaendigkeit.massgeblicherOrt;
  const faelle = faelleFuerAnzeige(leistung.zustaendigkeit, stellen);
  const [einziger] = faelle;
  return (
    <div className="portal-stack">
      <p className="kern-body" data-testid="zustaendig-fuer">
        <strong>
          {massgeblich ? d.zustaendigFuerOrt[massgeblich](ort) : d.zustaendigFuer(ort)}
        </strong>
      </p>
      {faelle.length === 1 && einziger ? (
        einziger.stelle ? (
          <BehoerdeKontakt behoerde={einziger.stelle} lang={lang} />
        ) : (
          <p className="kern-body">{d.keineStelle}</p>
        )
      ) : (
        <>
          <p className="kern-body">{d.faelle}</p>
          <ul className="portal-list-plain portal-stack" data-testid="faelle">
            {faelle.map((f) => (
              <li key={f.fall} className="portal-stack" data-testid="fall">
                <h3
                  className="kern-heading-medium"
                  lang={f.bedingung ? langAttr(f.bedingung.sprache, lang) : undefined}
                  data-testid="bedingung"
                >
                  {f.bedingung ? alsUeberschrift(f.bedingung.wert) : d.sonstigerFall}
                </h3>
                {f.stelle ? (
                  <BehoerdeKontakt behoerde={f.stelle} lang={lang} headingLevel={4} />
                ) : (
                  <p className="kern-body">{d.keineStelleFall}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <Details summary={d.ortChange}>
        <OrtFormular
          action={action}
          lang={lang}
          id="ort-wechseln"
          frage={ortsfrage(leistung, lang)}
        />
      </Details>
    </div>
  );
}
