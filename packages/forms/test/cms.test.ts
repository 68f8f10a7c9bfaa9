import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import hundesteuerSeed from "../../../seed/cms/formulare/hundesteuer-anmeldung.json" with {
  type: "json",
};
import { definitionAusCms, fehlerListe, pruefeCmsFormular } from "../src/services/cms.ts";

// What the CMS checks before it publishes a Formular and the portal before it stores a version.

const seed = hundesteuerSeed[0]!;
const formular = () => ({
  schluessel: seed.schluessel,
  leistung: seed.leistung,
  definition: structuredClone(seed.definition) as Record<string, unknown>,
});

describe("a Formular from the CMS", () => {
  it("is composed with the key and the Leistung of its fields and version 1", () => {
    const r = pruefeCmsFormular(formular());
    expect(r.ok ? [] : r.fehler).toEqual([]);
    if (!r.ok) return;
    expect(r.definition).toMatchObject({
      schluessel: "hundesteuer-anmeldung",
      leistung: "hundesteuer-anmelden",
      version: 1,
    });
    expect(definitionAusCms({ ...formular(), leistung: null })).toMatchObject({ leistung: "" });
  });

  it("names a condition on a missing field with its path into the JSON, in German and English", () => {
    const f = formular();
    const seiten = f.definition.seiten as Record<string, unknown>[];
    seiten[1] = { ...seiten[1], bedingung: { feld: "gibtEsNicht", ist: true } };
    const r = pruefeCmsFormular(f);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fehler).toEqual([
      {
        pfad: "definition.seiten.1.bedingung.feld",
        code: "bedingung.unbekannt",
        werte: { feld: "gibtEsNicht" },
      },
    ]);
    expect(fehlerListe(r.fehler, "de")).toEqual([
      "definition.seiten.1.bedingung.feld: Die Bedingung verweist auf das Feld „gibtEsNicht“, das es nicht gibt.",
    ]);
    expect(fehlerListe(r.fehler, "en")[0]).toContain("“gibtEsNicht”, which does not exist");
  });

  it("is refused without a Leistung, with a non-object definition, and with fields the CMS sets", () => {
    const ohne = pruefeCmsFormular({ ...formular(), leistung: null });
    expect(ohne.ok ? [] : ohne.fehler.map((f) => [f.pfad, f.code])).toEqual([
      ["leistung", "formular.leistungFehlt"],
    ]);
    for (const definition of [null, "text", [1, 2], 42]) {
      const r = pruefeCmsFormular({ ...formular(), definition });
      expect(r.ok ? [] : r.fehler.map((f) => f.code), String(definition)).toEqual([
        "formular.keinObjekt",
      ]);
    }
    const f = formular();
    f.definition.version = 3;
    f.definition.leistung = "andere-leistung";
    const r = pruefeCmsFormular(f);
    expect(r.ok ? [] : fehlerListe(r.fehler, "de")).toEqual([
      "definition.version: „version“ gehört nicht in die Definition: Schlüssel und Leistung kommen aus den Feldern des Formulars, die Version vergibt das Portal.",
      "definition.leistung: „leistung“ gehört nicht in die Definition: Schlüssel und Leistung kommen aus den Feldern des Formulars, die Version vergibt das Portal.",
    ]);
  });

  it("names the key field when the key is no slug, and the JSON's path for a shape error", () => {
    const r = pruefeCmsFormular({ ...formular(), schluessel: "Hunde Steuer" });
    expect(r.ok ? [] : r.fehler.map((f) => [f.pfad, f.code])).toEqual([["schluessel", "schema"]]);
    const f = formular();
    delete f.definition.erklaerung;
    const ohneErklaerung = pruefeCmsFormular(f);
    expect(ohneErklaerung.ok ? [] : ohneErklaerung.fehler.map((e) => e.pfad)).toEqual([
      "definition.erklaerung",
    ]);
  });
});

describe("the editors' guide", () => {
  it("shows an example definition that the CMS would publish", () => {
    const leitfaden = readFileSync(new URL("../../../docs/redaktion.md", import.meta.url), "utf8");
    const json = /### Die Definition \(JSON\)[\s\S]*?```json\n([\s\S]*?)```/.exec(leitfaden)?.[1];
    expect(json).toBeDefined();
    const r = pruefeCmsFormular({
      schluessel: "hund-anmelden",
      leistung: "hundesteuer-anmelden",
      definition: JSON.parse(json ?? "null"),
    });
    expect(r.ok ? [] : fehlerListe(r.fehler, "de")).toEqual([]);
  });
});
