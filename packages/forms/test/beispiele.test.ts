import { describe, expect, it } from "vitest";
import {
  BEISPIELE,
  bewohnerparkausweis,
  hundesteuerAnmeldung,
  meldebescheinigung,
} from "../src/beispiele/index.ts";
import {
  naechsteSeite,
  pruefeAlles,
  pruefeSeite,
  uebernehmeSeite,
  vorbelegen,
  zusammenfassung,
} from "../src/services/antworten.ts";
import { pruefeDefinition } from "../src/services/definition.ts";
import type { Antworten, Eingabe, Formulardefinition, Upload } from "../src/types.ts";

const HEUTE = "2026-12-03";
const pdf: Upload = {
  id: "u-1",
  dateiname: "nachweis.pdf",
  medientyp: "application/pdf",
  groesse: 250_000,
};
const profil = {
  vorname: "Anna",
  nachname: "Schmidt",
  strasse: "Hauptstraße 1",
  plz: "09111",
  ort: "Chemnitz",
};

/** Goes through a form as a citizen would: page after page until `naechsteSeite` says the end. */
function durchlaufen(def: Formulardefinition, eingaben: Record<string, Eingabe>) {
  let antworten: Antworten = vorbelegen(def, profil).antworten;
  const besucht: string[] = [];
  for (
    let seite = naechsteSeite(def, antworten, null);
    seite;
    seite = naechsteSeite(def, antworten, seite)
  ) {
    besucht.push(seite);
    const r = pruefeSeite(def, seite, eingaben[seite] ?? {}, "de", { antworten, heute: HEUTE });
    expect(r.fehler, seite).toEqual([]);
    antworten = uebernehmeSeite(def, antworten, seite, r.werte);
    expect(besucht.length).toBeLessThan(20);
  }
  const alles = pruefeAlles(def, antworten, { heute: HEUTE });
  expect(alles.fehler).toEqual([]);
  return { besucht, antworten: alles.antworten };
}

// What the runner posts for the prefilled person fields (the inputs show the profile values).
const person = (prefix = ""): Eingabe =>
  Object.fromEntries(Object.entries(profil).map(([k, v]) => [`${prefix}${k}`, v]));

describe("the example forms", () => {
  it.each(BEISPIELE.map((d) => [d.schluessel, d]))("%s passes pruefeDefinition", (_, def) => {
    const r = pruefeDefinition(JSON.parse(JSON.stringify(def)));
    expect(r.ok ? [] : r.fehler).toEqual([]);
  });

  it("Meldebescheinigung: the extended branch asks for the extra data, delivery by post to another address", () => {
    const { besucht, antworten } = durchlaufen(meldebescheinigung, {
      art: { art: "erweitert" },
      person: { ...person(), geburtsdatum: "12.04.1985" },
      umfang: { zusatzdaten: ["staatsangehoerigkeit", "familienstand"] },
      zweck: { zweck: "sonstiges", zweckSonstiges: "Einbürgerungsantrag" },
      zustellung: {
        zustellung: "post",
        anzahl: "2",
        andereAnschrift: "ja",
        "anschrift.empfaenger": "Kanzlei Weber",
        "anschrift.strasse": "Markt 5",
        "anschrift.plz": "04109",
        "anschrift.ort": "Leipzig",
      },
    });
    expect(besucht).toEqual(["art", "person", "umfang", "zweck", "zustellung"]);
    expect(antworten).toMatchObject({
      geburtsdatum: "1985-04-12",
      anzahl: 2,
      anschrift: { ort: "Leipzig" },
    });
    const z = zusammenfassung(meldebescheinigung, antworten, "en");
    expect(z.find((r) => r.feld === "art")!.wert).toBe("Extended certificate of residence");
    expect(z.find((r) => r.feld === "geburtsdatum")!.wert).toBe("12 April 1985");
  });

  it("Meldebescheinigung: the simple branch skips the extra data", () => {
    const { besucht, antworten } = durchlaufen(meldebescheinigung, {
      art: { art: "einfach" },
      person: { ...person(), geburtsdatum: "1985-04-12" },
      zustellung: { zustellung: "postfach" },
    });
    expect(besucht).toEqual(["art", "person", "zweck", "zustellung"]);
    expect(antworten).not.toHaveProperty("zusatzdaten");
  });

  it("Hundesteuer: two dogs, the dangerous one with its permit", () => {
    const { besucht, antworten } = durchlaufen(hundesteuerAnmeldung, {
      halter: person("halter."),
      hunde: {
        "hunde.0.name": "Bello",
        "hunde.0.rasse": "Dackel",
        "hunde.0.wurfdatum": "2021-06-01",
        "hunde.0.beginnHaltung": "2021-08-15",
        "hunde.0.gefaehrlich": "nein",
        "hunde.1.name": "Rex",
        "hunde.1.rasse": "American Staffordshire Terrier",
        "hunde.1.wurfdatum": "2023-02-10",
        "hunde.1.beginnHaltung": "2026-12-20",
        "hunde.1.chipnummer": "276098106543210",
        "hunde.1.gefaehrlich": "ja",
        "hunde.1.nachweisArt": "erlaubnis",
        "hunde.1.nachweis": pdf,
      },
    });
    expect(besucht).toEqual(["halter", "hunde"]);
    expect(antworten.hunde).toHaveLength(2);
    const z = zusammenfassung(hundesteuerAnmeldung, antworten, "de");
    expect(z.find((r) => r.feld === "hunde.1.nachweis")).toMatchObject({
      label: "Hund 2 – Nachweis hochladen",
      wert: "nachweis.pdf (244,1 KB)",
    });
    expect(z.find((r) => r.feld === "halter.ort")).toMatchObject({
      label: "Halterin oder Halter – Ort",
      wert: "Chemnitz",
    });
  });

  it("Hundesteuer: a chip number has 15 digits; a rebutted presumption is a kind of evidence", () => {
    const hund = (extra: Eingabe) =>
      pruefeSeite(
        hundesteuerAnmeldung,
        "hunde",
        {
          "hunde.0.name": "Rex",
          "hunde.0.rasse": "Bullterrier",
          "hunde.0.wurfdatum": "2022-01-01",
          "hunde.0.beginnHaltung": "2022-03-01",
          "hunde.0.gefaehrlich": "ja",
          "hunde.0.nachweisArt": "widerlegt",
          "hunde.0.nachweis": pdf,
          ...extra,
        },
        "de",
        { heute: HEUTE },
      ).fehler.map((f) => [f.feld, f.code]);
    expect(hund({})).toEqual([]);
    expect(hund({ "hunde.0.chipnummer": "27609810654321" })).toEqual([
      ["hunde.0.chipnummer", "text.muster"],
    ]);
    expect(hund({ "hunde.0.nachweisArt": "wesenstest" })).toEqual([
      ["hunde.0.nachweisArt", "auswahl.unbekannt"],
    ]);
  });

  it("Bewohnerparkausweis: the fee page names the national fee scale", () => {
    const seite = bewohnerparkausweis.seiten.find((s) => s.id === "gebuehr")!;
    expect(seite.titel.de).toContain("30,70 EUR");
    expect(seite.felder[0]!.hilfe?.de).toMatch(/Gebühren-Nr\. 265.*30,70 EUR.*§ 6a Abs\. 5a StVG/s);
  });

  it("Bewohnerparkausweis: a company car with proof of use", () => {
    const { besucht, antworten } = durchlaufen(bewohnerparkausweis, {
      antragsteller: { ...person(), hauptwohnung: "ja" },
      fahrzeug: {
        kennzeichen: "C-AB 1234",
        halterschaft: "nutzung",
        halterName: "Muster GmbH",
        fahrzeugschein: { ...pdf, id: "u-2", medientyp: "image/jpeg", dateiname: "schein.jpg" },
        nutzungsnachweis: pdf,
        gueltigAb: "2027-01-01",
      },
      gebuehr: { gebuehrHinweis: "gelesen" },
    });
    expect(besucht).toEqual(["antragsteller", "fahrzeug", "gebuehr"]);
    expect(antworten).toMatchObject({ kennzeichen: "C-AB 1234", gebuehrHinweis: ["gelesen"] });
  });

  it("Bewohnerparkausweis: accepts German plates and refuses what is not one, files over 5 MB and other formats", () => {
    const fahrzeug = (extra: Eingabe) =>
      pruefeSeite(
        bewohnerparkausweis,
        "fahrzeug",
        { kennzeichen: "DD-AB 1234", halterschaft: "selbst", fahrzeugschein: pdf, ...extra },
        "de",
        { heute: HEUTE },
      ).fehler.map((f) => [f.feld, f.code]);
    for (const k of ["DD-AB 1234", "L-X 12E", "B MW 1", "ÖHR-A 99H", "dd-ab 12"])
      expect(fahrzeug({ kennzeichen: k }), k).toEqual([]);
    for (const k of [
      "DD-AB 0123",
      "DDDD-A 1",
      "DD-ABC 1",
      "DD-AB 12345",
      "Z-ÖL 99",
      "DD AB",
      "DD-AB 1234\u202E",
    ]) {
      expect(fahrzeug({ kennzeichen: k })[0]?.[1], k).toMatch(/^text\./);
    }
    expect(fahrzeug({ fahrzeugschein: { ...pdf, groesse: 5 * 1024 * 1024 + 1 } })).toEqual([
      ["fahrzeugschein", "datei.zugross"],
    ]);
    expect(fahrzeug({ fahrzeugschein: { ...pdf, medientyp: "image/tiff" } })).toEqual([
      ["fahrzeugschein", "datei.typ"],
    ]);
    expect(fahrzeug({ gueltigAb: "2026-12-02" })).toEqual([["gueltigAb", "datum.zuFrueh"]]);
  });
});
