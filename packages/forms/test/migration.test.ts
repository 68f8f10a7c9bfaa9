import { describe, expect, it } from "vitest";
import { hundesteuerAnmeldung } from "../src/beispiele/index.ts";
import { pruefeDefinition } from "../src/services/definition.ts";
import { migriereEntwurf, verwerfungsText } from "../src/services/migration.ts";
import type { Antworten, Feld, Formulardefinition } from "../src/types.ts";

const HEUTE = "2026-12-03";

function mitFeldern(version: number, felder: Feld[], codelisten = {}): Formulardefinition {
  const r = pruefeDefinition({
    schluessel: "umzug",
    version,
    titel: { de: "Umzug", en: "Move" },
    leistung: "umzug",
    erklaerung: { de: "Ich versichere.", en: "I confirm." },
    codelisten,
    seiten: [{ id: "a", titel: { de: "A", en: "A" }, felder }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.fehler));
  return r.definition;
}
const basis = { pflicht: false, vorbelegung: "keine" } as const;
const L = (de: string, en = de) => ({ de, en });
const farben = {
  farben: [
    { code: "rot", label: L("Rot") },
    { code: "blau", label: L("Blau") },
  ],
};

const alt = mitFeldern(
  1,
  [
    { ...basis, typ: "text", id: "name", label: L("Name"), maxLaenge: 100 },
    { ...basis, typ: "text", id: "bemerkung", label: L("Bemerkung", "Remark"), mehrzeilig: true },
    { ...basis, typ: "text", id: "fax", label: L("Faxnummer", "Fax number") },
    { ...basis, typ: "text", id: "alter", label: L("Alter") },
    { ...basis, typ: "ganzzahl", id: "personen", label: L("Personen") },
    { ...basis, typ: "auswahl", id: "farbe", label: L("Farbe"), codeliste: "farben" },
    {
      ...basis,
      typ: "auswahl",
      id: "lieblingsfarbe",
      label: L("Lieblingsfarbe"),
      codeliste: "farben",
    },
    {
      ...basis,
      typ: "gruppe",
      id: "adresse",
      label: L("Adresse"),
      felder: [
        { ...basis, typ: "text", id: "strasse", label: L("Straße") },
        { ...basis, typ: "text", id: "plz", label: L("PLZ") },
      ],
    },
  ],
  farben,
);

const neu = mitFeldern(
  2,
  [
    {
      ...basis,
      typ: "text",
      id: "name",
      label: L("Vollständiger Name", "Full name"),
      maxLaenge: 100,
    },
    // shrank from unlimited to 10 characters
    {
      ...basis,
      typ: "text",
      id: "bemerkung",
      label: L("Bemerkung", "Remark"),
      mehrzeilig: true,
      maxLaenge: 10,
    },
    // "fax" removed; "alter" is now an integer
    { ...basis, typ: "ganzzahl", id: "alter", label: L("Alter in Jahren", "Age in years") },
    { ...basis, typ: "zahl", id: "personen", label: L("Personen") },
    // "blau" removed from the list
    { ...basis, typ: "auswahl", id: "farbe", label: L("Farbe"), codeliste: "farben2" },
    {
      ...basis,
      typ: "auswahl",
      id: "lieblingsfarbe",
      label: L("Lieblingsfarbe"),
      codeliste: "farben2",
      mehrfach: true,
    },
    {
      ...basis,
      typ: "gruppe",
      id: "adresse",
      label: L("Adresse"),
      felder: [
        { ...basis, typ: "text", id: "strasse", label: L("Straße") },
        {
          ...basis,
          typ: "text",
          id: "plz",
          label: L("Postleitzahl"),
          maxLaenge: 5,
          muster: "[0-9]{5}",
          musterHinweis: L("fünf Ziffern"),
        },
      ],
    },
  ],
  { farben2: [{ code: "rot", label: L("Rot") }] },
);

describe("migriereEntwurf", () => {
  const entwurf: Antworten = {
    name: "Anna Schmidt",
    bemerkung: "Das ist zu lang geworden",
    fax: "0351 123",
    alter: "einunddreißig",
    personen: 3,
    farbe: "blau",
    lieblingsfarbe: "rot",
    adresse: { strasse: "Hauptstraße 1", plz: "D-01067" },
  };
  const { antworten, verworfen } = migriereEntwurf(alt, neu, entwurf, { heute: HEUTE });

  it("keeps answers whose field still exists, fits and passes the new rules", () => {
    expect(antworten).toEqual({
      name: "Anna Schmidt",
      personen: 3,
      lieblingsfarbe: ["rot"],
      adresse: { strasse: "Hauptstraße 1" },
    });
  });

  it("lists every dropped answer with the reason and the label the citizen sees", () => {
    expect(verworfen).toEqual([
      { feld: "bemerkung", label: L("Bemerkung", "Remark"), grund: "regel" },
      { feld: "fax", label: L("Faxnummer", "Fax number"), grund: "entfernt" },
      { feld: "alter", label: L("Alter in Jahren", "Age in years"), grund: "typ" },
      { feld: "farbe", label: L("Farbe"), grund: "codeliste" },
      { feld: "adresse.plz", label: L("Postleitzahl"), grund: "regel" },
    ]);
  });

  it("never drops silently: every answer given is either kept or listed", () => {
    const behalten = (a: Antworten, prefix = ""): string[] =>
      Object.entries(a).flatMap(([k, v]) =>
        typeof v === "object" && !Array.isArray(v) && v !== null
          ? behalten(v as Antworten, `${prefix}${k}.`)
          : [`${prefix}${k}`],
      );
    const gegeben = behalten(entwurf).sort();
    const danach = [...behalten(antworten), ...verworfen.map((v) => v.feld)].sort();
    expect(danach).toEqual(gegeben);
  });

  it("migrates repeat rows field by field and lists rows beyond the new maximum", () => {
    const v2: Formulardefinition = structuredClone(hundesteuerAnmeldung);
    v2.version = 2;
    const wdh = v2.seiten[1]!.felder[0] as Feld & { typ: "wiederholung" };
    wdh.max = 2;
    wdh.felder = wdh.felder.filter((f) => f.id !== "rasse");
    expect(pruefeDefinition(v2).ok).toBe(true);
    const hund = (name: string) => ({
      name,
      rasse: "Dackel",
      wurfdatum: "2020-01-01",
      gefaehrlich: false,
    });
    const r = migriereEntwurf(
      hundesteuerAnmeldung,
      v2,
      { hunde: [hund("A"), hund("B"), hund("C")] },
      { heute: HEUTE },
    );
    expect(r.antworten.hunde).toEqual([
      { name: "A", wurfdatum: "2020-01-01", gefaehrlich: false },
      { name: "B", wurfdatum: "2020-01-01", gefaehrlich: false },
    ]);
    expect(r.verworfen.map((v) => [v.feld, v.grund])).toEqual([
      ["hunde.0.rasse", "entfernt"],
      ["hunde.1.rasse", "entfernt"],
      ["hunde.2.rasse", "entfernt"],
      ["hunde.2", "regel"],
    ]);
  });

  it("keeps a whole draft unchanged when the version only changes texts", () => {
    const v2 = structuredClone(hundesteuerAnmeldung);
    v2.version = 2;
    v2.titel.de = "Hundesteuer: Anmeldung";
    const entwurf = {
      halter: { vorname: "Anna", nachname: "Schmidt" },
      hunde: [{ name: "Rex", gefaehrlich: true, nachweisArt: "erlaubnis" }],
    };
    expect(migriereEntwurf(hundesteuerAnmeldung, v2, entwurf, { heute: HEUTE })).toEqual({
      antworten: entwurf,
      verworfen: [],
    });
  });

  it("re-checks uploads against the new limits and words each reason for the citizen", () => {
    const datei = (maxBytes: number, version: number) =>
      mitFeldern(version, [
        {
          ...basis,
          typ: "datei",
          id: "nachweis",
          label: L("Nachweis", "Evidence"),
          maxBytes,
          medientypen: ["application/pdf"],
        },
      ]);
    const upload = {
      id: "u",
      dateiname: "a.pdf",
      medientyp: "application/pdf",
      groesse: 2_000_000,
    };
    const r = migriereEntwurf(
      datei(5_000_000, 1),
      datei(1_000_000, 2),
      { nachweis: upload },
      { heute: HEUTE },
    );
    expect(r).toEqual({
      antworten: {},
      verworfen: [{ feld: "nachweis", label: L("Nachweis", "Evidence"), grund: "regel" }],
    });
    expect(verwerfungsText(r.verworfen[0]!, "de")).toBe(
      "Für „Nachweis“ gelten neue Regeln, die Ihre bisherige Antwort nicht erfüllt. Bitte beantworten Sie die Frage erneut.",
    );
    expect(
      verwerfungsText({ feld: "farbe", label: L("Farbe", "Colour"), grund: "codeliste" }, "en"),
    ).toBe("Your previous choice for “Colour” is no longer offered. Please choose again.");
  });
});
