import type { Metadata } from "next";
import { DATA_ATTRIBUTION } from "@/lib/attribution";
import { t } from "@/lib/i18n";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: t(langOrNotFound((await params).lang)).footer.quellen };
}

// What the portal shows from whom, under which licence (shared/data/sachsen/SOURCES.md).
const QUELLEN = [
  {
    daten: {
      de: "Gemeinden, Kreise, Gemeindeverbände (Gebietsstand 30.11.2025)",
      en: "Municipalities, districts, associations (as of 30 Nov 2025)",
    },
    quelle: "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD",
    lizenz: "Datenlizenz Deutschland – Namensnennung 2.0",
    url: "https://www.govdata.de/dl-de/by-2-0",
  },
  {
    daten: { de: "Verwaltungsgrenzen auf den Karten", en: "Administrative boundaries on the maps" },
    quelle: "© GeoBasis-DE / BKG 2021 (Daten verändert), VG5000",
    lizenz: "Datenlizenz Deutschland – Namensnennung 2.0",
    url: "https://www.govdata.de/dl-de/by-2-0",
  },
  {
    daten: { de: "Zuordnung Postleitzahl → Gemeinde", en: "Postal code → municipality" },
    quelle: "© OpenStreetMap-Mitwirkende, via suche-postleitzahl.org",
    lizenz: "Open Database License (ODbL) 1.0",
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
  },
  {
    daten: {
      de: "Kontaktdaten der Gemeinde- und Stadtverwaltungen und Landratsämter",
      en: "Contact data of municipal administrations and district offices",
    },
    quelle: "Landesdirektion Sachsen, Gemeindeverzeichnis",
    lizenz: "Öffentliche Behördendaten, Nutzung mit Quellenangabe",
    url: "https://www.lds.sachsen.de/gemverz/",
  },
  {
    daten: { de: "Nachbarländer auf den Karten", en: "Neighbouring countries on the maps" },
    quelle: "Natural Earth",
    lizenz: "Public Domain",
    url: "https://www.naturalearthdata.com/about/terms-of-use/",
  },
  {
    daten: { de: "Kartenschrift", en: "Map lettering" },
    quelle: "Noto Sans (Google)",
    lizenz: "SIL Open Font License 1.1",
    url: "https://openfontlicense.org/",
  },
  {
    daten: { de: "Gestaltung und Schrift der Oberfläche", en: "Interface design and typeface" },
    quelle: "KERN UX (@kern-ux/native), Fira Sans",
    lizenz: "EUPL 1.2; SIL Open Font License 1.1",
    url: "https://www.kern-ux.de/",
  },
];

export default async function QuellenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const de = lang === "de";
  return (
    <div className="portal-stack">
      <h1 className="kern-heading-x-large">{t(lang).footer.quellen}</h1>
      <p className="kern-body">
        {de
          ? "Dieses Portal verwendet offene Daten. Die Lizenzen verlangen die folgende Quellenangabe:"
          : "This portal uses open data. The licences require the following attribution:"}
      </p>
      <p className="kern-body" lang="de">
        <strong>{DATA_ATTRIBUTION}</strong>
      </p>
      {/* A scrolling region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above */}
      <section className="kern-table-responsive" tabIndex={0} aria-labelledby="quellen-caption">
        <table className="kern-table">
          <caption id="quellen-caption" className="kern-title">
            {de ? "Datenquellen und Lizenzen" : "Data sources and licences"}
          </caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {de ? "Daten" : "Data"}
              </th>
              <th scope="col" className="kern-table__header">
                {de ? "Quelle" : "Source"}
              </th>
              <th scope="col" className="kern-table__header">
                {de ? "Lizenz" : "Licence"}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {QUELLEN.map((q) => (
              <tr key={q.quelle + q.daten.de} className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  {q.daten[lang]}
                </th>
                <td className="kern-table__cell" lang="de">
                  {q.quelle}
                </td>
                <td className="kern-table__cell">
                  <a className="kern-link" href={q.url}>
                    {q.lizenz}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
