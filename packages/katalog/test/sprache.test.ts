import { describe, expect, it } from "vitest";
import { leistungInSprache, mitFallback } from "../src/services/sprache.ts";
import type { Leistungsmodule, Zustaendigkeitsregel } from "../src/types.ts";

const module = (m: Partial<Leistungsmodule> = {}): Leistungsmodule => ({
  volltext: null,
  voraussetzungen: null,
  unterlagen: null,
  gebuehren: [],
  zahlungshinweis: null,
  fristen: null,
  bearbeitungsdauer: null,
  verfahrensablauf: null,
  rechtsgrundlagen: [],
  hinweise: null,
  weiterfuehrendeInformationen: [],
  formulare: [],
  freigabe: null,
  ...m,
});

const regel: Zustaendigkeitsregel = {
  ebene: "gemeinde",
  ausnahmen: [],
  massgeblicherOrt: "grundstueck",
  bedingung: "für Gemeindestraßen",
  weitereFaelle: [
    { ebene: "kreis", ausnahmen: [], bedingung: "für Kreisstraßen" },
    { ebene: "land", organisationseinheit: "land-lasuv", ausnahmen: [], bedingung: null },
  ],
};

const gebuehren = [{ bezeichnung: "Erlaubnis", betrag: 30, rechtsgrundlage: "SächsVwKG" }];
const rechtsgrundlagen = [{ titel: "Sächsisches Straßengesetz", url: "https://example.org/s" }];

const original = {
  documentId: "d1",
  slug: "sondernutzung",
  locale: "de",
  leikaSchluessel: "99000000000000",
  titel: "Sondernutzung beantragen",
  kurztext: "Kurztext",
  bezeichnung: "Sondernutzungserlaubnis",
  module: module({
    volltext: "Deutscher Text",
    fristen: "Vier Wochen",
    gebuehren,
    rechtsgrundlagen,
  }),
  zustaendigkeit: regel,
};

describe("mitFallback", () => {
  const sprachen = { uebersetzung: "en", original: "de" } as const;
  it("takes the translation where there is one, else the German original", () => {
    expect(mitFallback("Text", "Text DE", sprachen)).toEqual({ wert: "Text", sprache: "en" });
    expect(mitFallback(null, "Text DE", sprachen)).toEqual({ wert: "Text DE", sprache: "de" });
    expect(mitFallback([], ["a"], sprachen)).toEqual({ wert: ["a"], sprache: "de" });
  });

  it("takes a 'translation' equal to the original for the original (a field the CMS copies)", () => {
    expect(mitFallback(gebuehren, structuredClone(gebuehren), sprachen)).toEqual({
      wert: gebuehren,
      sprache: "de",
    });
  });
});

describe("leistungInSprache", () => {
  it("marks each text and module with the language it is in", () => {
    const en = {
      ...original,
      locale: "en",
      titel: "Apply for special use",
      kurztext: "Short text",
      // Strapi copies what it does not localise into the English version unchanged.
      module: module({ volltext: "English text", gebuehren, rechtsgrundlagen }),
    };
    const l = leistungInSprache(en, original, "en");
    expect(l.titel).toEqual({ wert: "Apply for special use", sprache: "en" });
    expect(l.bezeichnung).toEqual({ wert: "Sondernutzungserlaubnis", sprache: "de" });
    expect(l.module.volltext).toEqual({ wert: "English text", sprache: "en" });
    expect(l.module.fristen).toEqual({ wert: "Vier Wochen", sprache: "de" });
    expect(l.module.gebuehren.sprache).toBe("de");
    expect(l.module.rechtsgrundlagen.sprache).toBe("de");
    expect(l.leikaSchluessel).toBe("99000000000000");
  });

  it("gives every case of the German rule its condition, translated where the rule is", () => {
    const en = {
      ...original,
      locale: "en",
      zustaendigkeit: { ...regel, bedingung: "for municipal roads" },
    };
    const l = leistungInSprache(en, original, "en");
    expect(l.zustaendigkeit).toEqual({
      massgeblicherOrt: "grundstueck",
      faelle: [
        { fall: 0, bedingung: { wert: "for municipal roads", sprache: "en" } },
        { fall: 1, bedingung: { wert: "für Kreisstraßen", sprache: "de" } },
        { fall: 2, bedingung: { wert: null, sprache: "de" } },
      ],
    });
  });

  it("takes a case's English condition from the rule itself (bedingungEn)", () => {
    const mitEn = {
      ...original,
      zustaendigkeit: {
        ...regel,
        bedingungEn: "for municipal roads",
        weitereFaelle: [
          {
            ebene: "kreis" as const,
            ausnahmen: [],
            bedingung: "für Kreisstraßen",
            bedingungEn: "for district roads",
          },
          { ebene: "land" as const, ausnahmen: [], bedingung: "für Staatsstraßen" },
        ],
      },
    };
    const en = leistungInSprache({ ...mitEn, locale: "en" }, mitEn, "en");
    expect(en.zustaendigkeit.faelle.map((f) => f.bedingung)).toEqual([
      { wert: "for municipal roads", sprache: "en" },
      { wert: "for district roads", sprache: "en" },
      { wert: "für Staatsstraßen", sprache: "de" },
    ]);
    // Also without an English version of the Leistung: the rule is one for all languages.
    expect(leistungInSprache(null, mitEn, "en").zustaendigkeit.faelle[0]?.bedingung.sprache).toBe(
      "en",
    );
    const de = leistungInSprache(mitEn, mitEn, "de");
    expect(de.zustaendigkeit.faelle[0]?.bedingung).toEqual({
      wert: "für Gemeindestraßen",
      sprache: "de",
    });
  });

  it("is German throughout without a translation", () => {
    const l = leistungInSprache(null, original, "en");
    expect(l.sprache).toBe("en");
    expect(l.titel.sprache).toBe("de");
    expect(l.module.volltext).toEqual({ wert: "Deutscher Text", sprache: "de" });
    expect(l.zustaendigkeit.faelle).toHaveLength(3);
  });

  it("has no place that decides where the rule names none", () => {
    const ohne = { ...original, zustaendigkeit: { ebene: "kreis" as const, ausnahmen: [] } };
    const l = leistungInSprache(ohne, ohne, "de");
    expect(l.zustaendigkeit).toEqual({
      massgeblicherOrt: null,
      faelle: [{ fall: 0, bedingung: { wert: null, sprache: "de" } }],
    });
  });
});
