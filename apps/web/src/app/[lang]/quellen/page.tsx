import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { allgemeinTexte } from "@/i18n/allgemein";
import { quellenTexte } from "@/i18n/quellen";
import type { Lang } from "@/i18n/sprache";
import { DATA_ATTRIBUTION } from "@/lib/attribution";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: allgemeinTexte(langOrNotFound((await params).lang)).footer.quellen };
}

type Text = Record<Lang, string>;
type Link = { name: Text; url?: string };

const DL_DE_BY_2_0: Link = {
  name: {
    de: "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)",
    en: "Data licence Germany – attribution – version 2.0 (dl-de/by-2-0)",
  },
  url: "https://www.govdata.de/dl-de/by-2-0",
};
const OFL_1_1: Link = {
  name: { de: "SIL Open Font License 1.1", en: "SIL Open Font License 1.1" },
  url: "https://openfontlicense.org/open-font-license-official-text/",
};

/** What the portal shows from whom, under which licence (shared/data/sachsen/SOURCES.md). */
const QUELLEN: { daten: Text; quelle: Link; stand: Text; lizenz: Link }[] = [
  {
    daten: {
      de: "Gemeinden, Landkreise und Gemeindeverbände mit amtlichen Schlüsseln und Lagekoordinaten",
      en: "Municipalities, districts and municipal associations with official keys and coordinates",
    },
    quelle: {
      name: {
        de: "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD und GV-ISys",
        en: "Federal Statistical Office (Destatis), municipality directory GV100AD and GV-ISys",
      },
      url: "https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html",
    },
    stand: { de: "Gebietsstand 30.11.2025", en: "Territorial status 30 Nov 2025" },
    lizenz: DL_DE_BY_2_0,
  },
  {
    daten: {
      de: "Grenzen der Gemeinden, Landkreise und Länder auf der Karte",
      en: "Boundaries of municipalities, districts and states on the map",
    },
    quelle: {
      name: {
        de: "© GeoBasis-DE / BKG 2021 (Daten verändert), Verwaltungsgebiete 1 : 5 000 000 (VG5000)",
        en: "© GeoBasis-DE / BKG 2021 (data modified), administrative areas 1 : 5,000,000 (VG5000)",
      },
      url: "https://gdz.bkg.bund.de/",
    },
    stand: { de: "01.01.2021", en: "1 Jan 2021" },
    lizenz: DL_DE_BY_2_0,
  },
  {
    daten: {
      de: "Zuordnung der Postleitzahlen zu den Gemeinden",
      en: "Assignment of postal codes to municipalities",
    },
    quelle: {
      name: {
        de: "© OpenStreetMap-Mitwirkende, aufbereitet von suche-postleitzahl.org",
        en: "© OpenStreetMap contributors, prepared by suche-postleitzahl.org",
      },
      url: "https://www.suche-postleitzahl.org/downloads",
    },
    stand: { de: "Januar 2024", en: "January 2024" },
    lizenz: {
      name: { de: "Open Database License (ODbL) 1.0", en: "Open Database License (ODbL) 1.0" },
      url: "https://opendatacommons.org/licenses/odbl/1-0/",
    },
  },
  {
    daten: {
      de: "Anschriften und Kontaktdaten der Gemeinde- und Stadtverwaltungen und Landratsämter",
      en: "Addresses and contact data of municipal administrations and district offices",
    },
    quelle: {
      name: {
        de: "Landesdirektion Sachsen, Gemeindeverzeichnis",
        en: "Landesdirektion Sachsen, municipality directory",
      },
      url: "https://www.lds.sachsen.de/gemverz/",
    },
    stand: { de: "30.09.2025", en: "30 Sep 2025" },
    lizenz: {
      name: {
        de: "Öffentliche Behördendaten; keine ausdrückliche Lizenz, Nutzung mit Quellenangabe",
        en: "Public authority data; no explicit licence, reused with attribution",
      },
    },
  },
  {
    daten: { de: "Nachbarländer auf der Karte", en: "Neighbouring countries on the map" },
    quelle: {
      name: {
        de: "Natural Earth, Admin 0 – Countries 1 : 10 m",
        en: "Natural Earth, Admin 0 – Countries 1 : 10 m",
      },
      url: "https://www.naturalearthdata.com/",
    },
    stand: { de: "Version 4.1.0", en: "Version 4.1.0" },
    lizenz: {
      name: { de: "Gemeinfrei (Public Domain)", en: "Public domain" },
      url: "https://www.naturalearthdata.com/about/terms-of-use/",
    },
  },
  {
    daten: { de: "Schrift der Kartenbeschriftung", en: "Typeface of the map labels" },
    quelle: {
      name: { de: "Noto Sans (Google)", en: "Noto Sans (Google)" },
      url: "https://notofonts.github.io/",
    },
    stand: { de: "–", en: "–" },
    lizenz: OFL_1_1,
  },
  {
    daten: {
      de: "Gestaltung der Oberfläche (Designsystem)",
      en: "Interface design (design system)",
    },
    quelle: {
      name: { de: "KERN UX (@kern-ux/native)", en: "KERN UX (@kern-ux/native)" },
      url: "https://www.kern-ux.de/",
    },
    stand: { de: "Version 2.7.2", en: "Version 2.7.2" },
    lizenz: {
      name: {
        de: "European Union Public Licence (EUPL) 1.2",
        en: "European Union Public Licence (EUPL) 1.2",
      },
      url: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
    },
  },
  {
    daten: { de: "Schrift der Oberfläche", en: "Typeface of the interface" },
    quelle: {
      name: { de: "Fira Sans (Mozilla, Carrois)", en: "Fira Sans (Mozilla, Carrois)" },
      url: "https://github.com/mozilla/Fira",
    },
    stand: { de: "–", en: "–" },
    lizenz: OFL_1_1,
  },
];

function link(l: Link, lang: Lang): ReactNode {
  return l.url ? (
    <a className="kern-link" href={l.url}>
      {l.name[lang]}
    </a>
  ) : (
    l.name[lang]
  );
}

/** "Datenquellen und Lizenzen": the attribution the open-data licences require, and each source's licence. */
export default async function QuellenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const a = allgemeinTexte(lang);
  const d = quellenTexte(lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[{ href: `/${lang}`, label: a.nav.home }, { label: a.footer.quellen }]}
      />
      <h1 className="kern-heading-x-large">{a.footer.quellen}</h1>
      <p className="kern-body">{d.intro}</p>
      <p className="kern-body" lang="de" data-testid="attribution">
        <strong>{DATA_ATTRIBUTION}</strong>
      </p>
      <div data-testid="quellen">
        <Table
          id="quellen"
          caption={d.caption}
          rowHeader="daten"
          columns={[
            { key: "daten", header: d.daten },
            { key: "quelle", header: d.quelle },
            { key: "stand", header: d.stand },
            { key: "lizenz", header: d.lizenz },
          ]}
          rows={QUELLEN.map((q) => ({
            daten: q.daten[lang],
            quelle: link(q.quelle, lang),
            stand: q.stand[lang],
            lizenz: link(q.lizenz, lang),
          }))}
        />
      </div>
    </div>
  );
}
