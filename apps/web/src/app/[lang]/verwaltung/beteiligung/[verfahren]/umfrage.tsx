import type { FragenErgebnis, UmfrageErgebnis } from "@portal/beteiligung/server";
import { Table } from "@portal/ui/table";
import type { BeteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import { fill, formatZahl } from "@/i18n/format";
import { type Lang, langAttr } from "@/i18n/sprache";

/** Free-text answers shown per question; the rest are in the CSV download (a page stays light). */
export const MAX_FREITEXTE = 200;

/**
 * A survey's results for staff: per question how many answered it, per option the count (an SVG
 * bar chart drawn on the server, one image with all values in its name, and a table of the same
 * numbers: WCAG 1.1.1), and the free texts as plain text with their direction isolated. The
 * questions and options are the editors' German texts (`lang="de"` on the English page).
 */
export function Umfrageergebnisse({
  lang,
  d,
  ergebnis,
}: {
  lang: Lang;
  d: BeteiligungVerwaltungTexte["verfahren"];
  ergebnis: UmfrageErgebnis;
}) {
  const zahl = (n: number) => formatZahl(lang, n);
  const deLang = langAttr("de", lang);
  return (
    <>
      <p className="kern-body" data-testid="umfrage-antworten">
        {ergebnis.antworten === 0
          ? d.umfrageKeine
          : ergebnis.antworten === 1
            ? d.umfrageEineAntwort
            : fill(d.umfrageAntworten, { n: zahl(ergebnis.antworten) })}
      </p>
      {ergebnis.fragen.map((frage, i) => (
        <div key={frage.id} className="portal-stack" data-testid="umfrage-frage">
          <h3 className="kern-heading-small" id={`umfrage-frage-${i + 1}`}>
            <bdi lang={deLang}>{frage.frage}</bdi>
          </h3>
          <p className="kern-body">
            {fill(d.umfrageBeantwortet, {
              n: zahl(frage.beantwortet),
              gesamt: zahl(ergebnis.antworten),
            })}
          </p>
          {frage.art === "text" ? (
            <Freitexte d={d} frage={frage} zahl={zahl} />
          ) : (
            <Optionen d={d} frage={frage} nr={i + 1} zahl={zahl} deLang={deLang} />
          )}
        </div>
      ))}
    </>
  );
}

function Optionen({
  d,
  frage,
  nr,
  zahl,
  deLang,
}: {
  d: BeteiligungVerwaltungTexte["verfahren"];
  frage: FragenErgebnis;
  nr: number;
  zahl: (n: number) => string;
  deLang: string | undefined;
}) {
  const max = Math.max(1, ...frage.optionen.map((o) => o.anzahl));
  const hoehe = 28;
  const breite = 640;
  const labelBreite = 300;
  const [vor, nach] = d.umfrageTabelle.split("{frage}");
  const name = fill(d.umfrageDiagramm, {
    frage: frage.frage,
    werte: frage.optionen.map((o) => `${o.option}: ${zahl(o.anzahl)}`).join("; "),
  });
  return (
    <>
      {frage.beantwortet > 0 ? (
        <svg
          role="img"
          aria-label={name}
          viewBox={`0 0 ${breite} ${frage.optionen.length * hoehe + 8}`}
          width="100%"
          style={{ maxWidth: `${breite}px`, height: "auto" }}
        >
          {frage.optionen.map((o, i) => {
            const y = i * hoehe + 4;
            const w =
              o.anzahl === 0 ? 0 : Math.max(2, ((breite - labelBreite - 60) * o.anzahl) / max);
            return (
              <g key={o.option}>
                <text x={0} y={y + 17} fontSize="13" fill="currentColor">
                  {o.option.slice(0, 44)}
                </text>
                {/* Dark blue on white: 3:1 and more for graphics (WCAG 1.4.11). */}
                <rect x={labelBreite} y={y + 4} width={w} height={hoehe - 10} fill="#004b87" />
                <text x={labelBreite + w + 6} y={y + 17} fontSize="13" fill="currentColor">
                  {zahl(o.anzahl)}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
      <Table
        id={`umfrage-tabelle-${nr}`}
        caption={
          <>
            {vor}
            <bdi lang={deLang}>{frage.frage}</bdi>
            {nach}
          </>
        }
        rowHeader="option"
        columns={[
          { key: "option", header: d.umfrageSpalten.option },
          { key: "anzahl", header: d.umfrageSpalten.anzahl, numeric: true },
        ]}
        rows={frage.optionen.map((o) => ({
          option: <bdi lang={deLang}>{o.option}</bdi>,
          anzahl: zahl(o.anzahl),
        }))}
      />
    </>
  );
}

function Freitexte({
  d,
  frage,
  zahl,
}: {
  d: BeteiligungVerwaltungTexte["verfahren"];
  frage: FragenErgebnis;
  zahl: (n: number) => string;
}) {
  if (frage.texte.length === 0) return <p className="kern-body">{d.umfrageTexteLeer}</p>;
  const gezeigt = frage.texte.slice(0, MAX_FREITEXTE);
  return (
    <>
      <p className="kern-body">
        <strong>{d.umfrageTexte}</strong>
      </p>
      <ul className="kern-list" data-testid="umfrage-texte">
        {gezeigt.map((text, i) => (
          // Answers have no id of their own here; their order (oldest first) is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: two people may type the same text
          <li key={i}>
            <bdi className="portal-prewrap">{text}</bdi>
          </li>
        ))}
      </ul>
      {frage.texte.length > MAX_FREITEXTE ? (
        <p className="kern-body">
          {fill(d.umfrageGekappt, { max: zahl(MAX_FREITEXTE), n: zahl(frage.texte.length) })}
        </p>
      ) : null}
    </>
  );
}
