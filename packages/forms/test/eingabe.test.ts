import { describe, expect, it } from "vitest";
import { hundesteuerAnmeldung, meldebescheinigung } from "../src/beispiele/index.ts";
import {
  aktenzeichenPraefixVon,
  eingabeAus,
  profilwerteAus,
  pruefeSeite,
  uebernehmeSeite,
  zeilenAnzahl,
  zugangVon,
} from "../src/regeln.ts";
import type { Eingabe } from "../src/types.ts";

const HEUTE = { heute: "2026-12-03" };

const halter: Eingabe = {
  "halter.vorname": "Zoë",
  "halter.nachname": "Łukasiewicz-Müller",
  "halter.strasse": "Hauptstraße 1",
  "halter.plz": "01067",
  "halter.ort": "Dresden",
  "halter.telefon": "0351 123",
};

describe("the inputs of a stored page", () => {
  for (const lang of ["de", "en"] as const) {
    it(`give the same answers when posted unchanged (${lang})`, () => {
      const erste = pruefeSeite(hundesteuerAnmeldung, "halter", halter, lang, HEUTE);
      expect(erste.fehler).toEqual([]);
      const antworten = uebernehmeSeite(hundesteuerAnmeldung, {}, "halter", erste.werte);
      const hunde: Eingabe = {
        "hunde.0.name": "Bello",
        "hunde.0.rasse": "Mischling",
        "hunde.0.wurfdatum": "01.02.2020",
        "hunde.0.beginnHaltung": "2026-11-01",
        "hunde.0.gefaehrlich": "nein",
        "hunde.1.name": "Rex",
        "hunde.1.rasse": "Pudel",
        "hunde.1.wurfdatum": "2021-03-04",
        "hunde.1.beginnHaltung": "02.11.2026",
        "hunde.1.gefaehrlich": "nein",
      };
      const seite2 = pruefeSeite(hundesteuerAnmeldung, "hunde", hunde, lang, {
        ...HEUTE,
        antworten,
      });
      expect(seite2.fehler).toEqual([]);
      const alle = uebernehmeSeite(hundesteuerAnmeldung, antworten, "hunde", seite2.werte);

      for (const seite of ["halter", "hunde"]) {
        const eingabe = eingabeAus(hundesteuerAnmeldung, seite, alle, lang);
        const wieder = pruefeSeite(hundesteuerAnmeldung, seite, eingabe, lang, {
          ...HEUTE,
          antworten: alle,
        });
        expect(wieder.fehler).toEqual([]);
        expect(wieder.werte).toEqual(seite === "halter" ? erste.werte : seite2.werte);
      }
      const eingabe = eingabeAus(hundesteuerAnmeldung, "hunde", alle, lang);
      expect(eingabe["hunde.0.wurfdatum"]).toBe(lang === "de" ? "01.02.2020" : "2020-02-01");
      expect(zeilenAnzahl(hundesteuerAnmeldung, "hunde", eingabe)).toEqual({ hunde: 2 });
      expect(zeilenAnzahl(hundesteuerAnmeldung, "hunde", {})).toEqual({ hunde: 1 });
      expect(profilwerteAus(hundesteuerAnmeldung, alle)).toMatchObject({
        plz: "01067",
        ort: "Dresden",
        vorname: "Zoë",
      });
    });
  }

  it("names who may file a form and its reference prefix", () => {
    expect(zugangVon({ ...meldebescheinigung, zugang: undefined })).toBe("servicekonto");
    expect(zugangVon({ ...meldebescheinigung, zugang: "offen" })).toBe("offen");
    expect(aktenzeichenPraefixVon({ ...meldebescheinigung, aktenzeichenPraefix: "MB" })).toBe("MB");
    expect(
      aktenzeichenPraefixVon({
        ...hundesteuerAnmeldung,
        schluessel: "hundesteuer-anmeldung",
        aktenzeichenPraefix: undefined,
      }),
    ).toBe("HA");
    expect(
      aktenzeichenPraefixVon({
        ...meldebescheinigung,
        schluessel: "x",
        aktenzeichenPraefix: undefined,
      }),
    ).toMatch(/^[A-Z]{2,5}$/);
  });
});
