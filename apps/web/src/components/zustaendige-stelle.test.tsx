// @vitest-environment jsdom
import type { LeistungInSprache, OrganisationseinheitRow } from "@portal/katalog/server";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ZustaendigeStelle } from "./zustaendige-stelle";

// The rendering of a rule with several cases, with a hand-written rule (the seed's further cases
// do not reach the read model yet: the CMS does not deliver them).

const stelle = (schluessel: string, name: string): OrganisationseinheitRow =>
  ({
    schluessel,
    name,
    anschriften: [],
    oeffnungszeiten: [],
    telefon: null,
    telefax: null,
    email: null,
    internet: null,
    leitwegId: null,
  }) as unknown as OrganisationseinheitRow;

const leistung = (sprache: "de" | "en"): LeistungInSprache =>
  ({
    documentId: "d1",
    slug: "sondernutzung",
    sprache,
    zustaendigkeit: {
      massgeblicherOrt: "grundstueck",
      faelle: [
        { fall: 0, bedingung: { wert: "für Gemeindestraßen", sprache: "de" } },
        {
          fall: 1,
          bedingung: { wert: "für Kreisstraßen außerhalb der Ortsdurchfahrten", sprache: "de" },
        },
        { fall: 2, bedingung: { wert: null, sprache: "de" } },
      ],
    },
  }) as unknown as LeistungInSprache;

const gemeinde = {
  ags: "14628270",
  ars: "146280270270",
  name: "Pirna",
  kreis: "Landkreis Sächsische Schweiz-Osterzgebirge",
  lat: 0,
  lon: 0,
};

function render(
  sprache: "de" | "en",
  stellen: { fall: number; stelle: OrganisationseinheitRow }[],
) {
  const html = renderToStaticMarkup(
    <ZustaendigeStelle
      leistung={leistung(sprache)}
      gemeinde={gemeinde}
      stellen={stellen}
      lang={sprache}
      action={`/${sprache}/leistungen/sondernutzung/zustaendig`}
    />,
  );
  return new DOMParser().parseFromString(html, "text/html");
}

const drei = [
  { fall: 0, stelle: stelle("gv-14628270", "Stadtverwaltung Pirna") },
  { fall: 1, stelle: stelle("lra-14628", "Landratsamt Sächsische Schweiz-Osterzgebirge") },
];

describe("ZustaendigeStelle", () => {
  it("shows each case under a heading with its condition, the authority below it", () => {
    const doc = render("de", drei);
    expect(doc.querySelector("[data-testid=zustaendig-fuer]")?.textContent).toBe(
      "Zuständig für Grundstücke in Pirna (Landkreis Sächsische Schweiz-Osterzgebirge)",
    );
    const faelle = [...doc.querySelectorAll("[data-testid=fall]")];
    expect(faelle.map((f) => f.querySelector("h3")?.textContent)).toEqual([
      "Für Gemeindestraßen",
      "Für Kreisstraßen außerhalb der Ortsdurchfahrten",
      "In allen anderen Fällen",
    ]);
    expect(faelle.map((f) => f.querySelector("h4")?.textContent ?? null)).toEqual([
      "Stadtverwaltung Pirna",
      "Landratsamt Sächsische Schweiz-Osterzgebirge",
      null,
    ]);
    expect(faelle[2]?.textContent).toContain(
      "Für diesen Fall ist uns keine zuständige Stelle bekannt.",
    );
    // On a German page nothing needs a language of its own.
    expect(doc.querySelectorAll("[data-testid=fall] [lang]")).toHaveLength(0);
  });

  it("marks German conditions on the English page with lang=de, its own texts not", () => {
    const doc = render("en", drei);
    expect(doc.querySelector("[data-testid=zustaendig-fuer]")?.textContent).toBe(
      "Responsible for properties in Pirna (Landkreis Sächsische Schweiz-Osterzgebirge)",
    );
    const koepfe = [...doc.querySelectorAll("[data-testid=bedingung]")];
    expect(koepfe.map((h) => [h.textContent, h.getAttribute("lang")])).toEqual([
      ["Für Gemeindestraßen", "de"],
      ["Für Kreisstraßen außerhalb der Ortsdurchfahrten", "de"],
      ["In all other cases", null],
    ]);
  });

  it("asks for the place that decides when the citizen wants another place", () => {
    const doc = render("de", drei);
    expect(doc.querySelector("label[for=ort-wechseln]")?.textContent).toBe(
      "Wo liegt das Grundstück?",
    );
  });

  it("shows one authority without conditions when every case leads to it", () => {
    const dresden = stelle("gv-14612000", "Stadtverwaltung Dresden");
    const doc = render(
      "de",
      [0, 1, 2].map((fall) => ({ fall, stelle: dresden })),
    );
    expect(doc.querySelectorAll("[data-testid=fall]")).toHaveLength(0);
    expect(doc.querySelectorAll("[data-testid=behoerde]")).toHaveLength(1);
    expect(doc.querySelector("[data-testid=behoerde] h3")?.textContent).toBe(
      "Stadtverwaltung Dresden",
    );
  });
});
