import type { ZustaendigkeitInSprache } from "@portal/katalog/server";
import { describe, expect, it } from "vitest";
import { alsUeberschrift, faelleFuerAnzeige } from "./zustaendigkeit";

// A hand-written rule as the CMS will send it: special use of roads, three cases by road class.
const regel: ZustaendigkeitInSprache = {
  massgeblicherOrt: "grundstueck",
  faelle: [
    { fall: 0, bedingung: { wert: "für Gemeindestraßen", sprache: "de" } },
    {
      fall: 1,
      bedingung: { wert: "für Kreisstraßen außerhalb der Ortsdurchfahrten", sprache: "de" },
    },
    { fall: 2, bedingung: { wert: "for federal and state roads", sprache: "en" } },
  ],
};
const stelle = (schluessel: string) => ({ schluessel, name: schluessel });

describe("faelleFuerAnzeige", () => {
  it("shows every case with its condition when the authorities differ", () => {
    const faelle = faelleFuerAnzeige(regel, [
      { fall: 0, stelle: stelle("gv-14625240") },
      { fall: 1, stelle: stelle("lra-14625") },
      { fall: 2, stelle: stelle("land-lasuv") },
    ]);
    expect(faelle.map((f) => [f.bedingung?.wert, f.stelle?.schluessel])).toEqual([
      ["für Gemeindestraßen", "gv-14625240"],
      ["für Kreisstraßen außerhalb der Ortsdurchfahrten", "lra-14625"],
      ["for federal and state roads", "land-lasuv"],
    ]);
    expect(faelle[2]?.bedingung?.sprache).toBe("en");
  });

  it("keeps a case whose authority is unknown, without an authority", () => {
    const faelle = faelleFuerAnzeige(regel, [
      { fall: 0, stelle: stelle("gv-14625240") },
      { fall: 2, stelle: stelle("land-lasuv") },
    ]);
    expect(faelle).toHaveLength(3);
    expect(faelle[1]?.stelle).toBeNull();
  });

  it("shows one authority without conditions when every case leads to it", () => {
    // A kreisfreie Stadt is both municipality and district.
    const dresden = stelle("gv-14612000");
    const faelle = faelleFuerAnzeige(regel, [
      { fall: 0, stelle: dresden },
      { fall: 1, stelle: dresden },
      { fall: 2, stelle: dresden },
    ]);
    expect(faelle).toEqual([{ fall: 0, bedingung: null, stelle: dresden }]);
  });

  it("shows a rule with one case as one authority, even if that case has a condition", () => {
    const eins: ZustaendigkeitInSprache = {
      massgeblicherOrt: null,
      faelle: [{ fall: 0, bedingung: { wert: "für Gemeindestraßen", sprache: "de" } }],
    };
    expect(faelleFuerAnzeige(eins, [{ fall: 0, stelle: stelle("gv-1") }])).toEqual([
      { fall: 0, bedingung: null, stelle: stelle("gv-1") },
    ]);
    expect(faelleFuerAnzeige(eins, [])).toEqual([{ fall: 0, bedingung: null, stelle: null }]);
  });

  it("treats a case without a condition as a case of its own", () => {
    const mitSonst: ZustaendigkeitInSprache = {
      massgeblicherOrt: "wohnort",
      faelle: [
        { fall: 0, bedingung: { wert: "wenn Sie in einer eigenen Wohnung leben", sprache: "de" } },
        { fall: 1, bedingung: { wert: null, sprache: "de" } },
      ],
    };
    const faelle = faelleFuerAnzeige(mitSonst, [
      { fall: 0, stelle: stelle("lra-14625") },
      { fall: 1, stelle: stelle("land-ksv") },
    ]);
    expect(faelle.map((f) => f.bedingung)).toEqual([
      { wert: "wenn Sie in einer eigenen Wohnung leben", sprache: "de" },
      null,
    ]);
  });
});

describe("alsUeberschrift", () => {
  it("capitalises the condition for a heading", () => {
    expect(alsUeberschrift("für Gemeindestraßen")).toBe("Für Gemeindestraßen");
    expect(alsUeberschrift("außerhalb von Einrichtungen")).toBe("Außerhalb von Einrichtungen");
  });
});
