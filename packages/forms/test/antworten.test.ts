import { describe, expect, it } from "vitest";
import { hundesteuerAnmeldung, meldebescheinigung } from "../src/beispiele/index.ts";
import {
  erfuellt,
  kontextVon,
  leseBetrag,
  leseZahl,
  naechsteSeite,
  pruefeAlles,
  pruefeSeite,
  sichtbareSeiten,
  uebernehmeSeite,
  vorbelegen,
  vorherigeSeite,
  zusammenfassung,
} from "../src/services/antworten.ts";
import { pruefeDefinition } from "../src/services/definition.ts";
import type { Eingabe, Formulardefinition, Upload } from "../src/types.ts";

const HEUTE = "2026-12-03";
const L = (de: string, en = de) => ({ de, en });

function definition(roh: unknown): Formulardefinition {
  const r = pruefeDefinition(roh);
  if (!r.ok) throw new Error(JSON.stringify(r.fehler));
  return r.definition;
}

// One page with every field type.
const alles = definition({
  schluessel: "alles",
  version: 1,
  titel: L("Alles"),
  leistung: "test",
  erklaerung: L("Ich versichere.", "I confirm."),
  codelisten: {
    farben: [
      { code: "rot", label: L("Rot", "Red") },
      { code: "gruen", label: L("Grün", "Green") },
    ],
  },
  seiten: [
    {
      id: "alles",
      titel: L("Alles", "Everything"),
      felder: [
        { typ: "text", id: "name", label: L("Name"), pflicht: true, minLaenge: 2, maxLaenge: 10 },
        { typ: "text", id: "bemerkung", label: L("Bemerkung", "Remark"), mehrzeilig: true },
        {
          typ: "text",
          id: "plz",
          label: L("PLZ", "Postcode"),
          muster: "[0-9]{5}",
          musterHinweis: L("fünf Ziffern.", "five digits."),
        },
        { typ: "datum", id: "geburt", label: L("Geburtsdatum", "Date of birth"), max: "heute" },
        {
          typ: "datum",
          id: "termin",
          label: L("Termin", "Appointment"),
          min: "heute",
          max: "heute+30",
        },
        { typ: "zeit", id: "uhrzeit", label: L("Uhrzeit", "Time"), min: "08:00", max: "18:00" },
        { typ: "zahl", id: "gewicht", label: L("Gewicht", "Weight"), min: 0, max: 100 },
        { typ: "ganzzahl", id: "anzahl", label: L("Anzahl", "Number"), min: 1, max: 5 },
        {
          typ: "betrag",
          id: "kosten",
          label: L("Kosten", "Cost"),
          waehrung: "EUR",
          min: 0,
          max: 100_000,
        },
        {
          typ: "wahrheitswert",
          id: "zustimmung",
          label: L("Zustimmung", "Consent"),
          pflicht: true,
        },
        { typ: "auswahl", id: "farbe", label: L("Farbe", "Colour"), codeliste: "farben" },
        {
          typ: "auswahl",
          id: "farben",
          label: L("Farben", "Colours"),
          codeliste: "farben",
          mehrfach: true,
        },
        {
          typ: "datei",
          id: "nachweis",
          label: L("Nachweis", "Evidence"),
          maxBytes: 1024 * 1024,
          medientypen: ["application/pdf"],
        },
        {
          typ: "gruppe",
          id: "adresse",
          label: L("Adresse", "Address"),
          felder: [
            { typ: "text", id: "strasse", label: L("Straße", "Street") },
            { typ: "text", id: "ort", label: L("Ort", "Town"), pflicht: true },
          ],
        },
      ],
    },
  ],
});

const pdf: Upload = {
  id: "u1",
  dateiname: "bescheid.pdf",
  medientyp: "application/pdf",
  groesse: 1536,
};
const gueltig: Eingabe = {
  name: "Anna",
  bemerkung: "Zeile 1\r\nZeile 2\tmit Tab",
  plz: "01067",
  geburt: "1.3.1990",
  termin: "2026-12-10",
  uhrzeit: "9:30",
  gewicht: "12,5",
  anzahl: "3",
  kosten: "234,56",
  zustimmung: "ja",
  farbe: "rot",
  farben: ["rot", "gruen", "rot"],
  nachweis: pdf,
  "adresse.strasse": "Hauptstraße 1",
  "adresse.ort": "Dresden",
};

function pruefe(eingabe: Eingabe, lang: "de" | "en" = "de") {
  return pruefeSeite(alles, "alles", eingabe, lang, { heute: HEUTE });
}
function fehlerCode(eingabe: Eingabe, feld: string) {
  return pruefe(eingabe).fehler.find((f) => f.feld === feld)?.code;
}

describe("pruefeSeite: every field type", () => {
  it("parses strings from a form into typed answers", () => {
    const r = pruefe(gueltig);
    expect(r.fehler).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.werte).toEqual({
      name: "Anna",
      bemerkung: "Zeile 1\nZeile 2\tmit Tab",
      plz: "01067",
      geburt: "1990-03-01",
      termin: "2026-12-10",
      uhrzeit: "09:30",
      gewicht: 12.5,
      anzahl: 3,
      kosten: 23_456,
      zustimmung: true,
      farbe: "rot",
      farben: ["rot", "gruen"],
      nachweis: pdf,
      adresse: { strasse: "Hauptstraße 1", ort: "Dresden" },
    });
  });

  it("reads amounts German and English, numbers with comma or dot", () => {
    expect(["12,50", "12.50", "12,5", "€ 12,50", "12,50 €", "EUR 12.50"].map(leseBetrag)).toEqual([
      1250, 1250, 1250, 1250, 1250, 1250,
    ]);
    expect(["1.234,56", "1,234.56", "1.234", "1,234", "0,99", "7"].map(leseBetrag)).toEqual([
      123456, 123456, 123400, 123400, 99, 700,
    ]);
    for (const s of ["12,3456", "12.345.6", "1,2,3", "zwölf", "12e3", "", "Infinity"]) {
      expect(leseBetrag(s), s).toBeUndefined();
    }
    expect(["12,5", "12.5", "1.234,5", "-3", "\u22123", "1.000.000"].map(leseZahl)).toEqual([
      12.5, 12.5, 1234.5, -3, -3, 1_000_000,
    ]);
    expect(leseZahl("1e9")).toBeUndefined();
  });

  it("refuses each broken rule with a code and a message naming the question", () => {
    expect(fehlerCode({ ...gueltig, name: "" }, "name")).toBe("pflicht");
    expect(fehlerCode({ ...gueltig, name: "A" }, "name")).toBe("text.zuKurz");
    expect(fehlerCode({ ...gueltig, name: "A".repeat(11) }, "name")).toBe("text.zuLang");
    expect(fehlerCode({ ...gueltig, plz: "0106" }, "plz")).toBe("text.muster");
    expect(fehlerCode({ ...gueltig, geburt: "2023-02-29" }, "geburt")).toBe("datum.format");
    expect(fehlerCode({ ...gueltig, geburt: "31.12.2026" }, "geburt")).toBe("datum.zuSpaet");
    expect(fehlerCode({ ...gueltig, termin: "2026-12-02" }, "termin")).toBe("datum.zuFrueh");
    expect(fehlerCode({ ...gueltig, termin: "2027-01-03" }, "termin")).toBe("datum.zuSpaet");
    expect(fehlerCode({ ...gueltig, uhrzeit: "25:00" }, "uhrzeit")).toBe("zeit.format");
    expect(fehlerCode({ ...gueltig, uhrzeit: "07:59" }, "uhrzeit")).toBe("zeit.zuFrueh");
    expect(fehlerCode({ ...gueltig, gewicht: "schwer" }, "gewicht")).toBe("zahl.format");
    expect(fehlerCode({ ...gueltig, gewicht: "100,1" }, "gewicht")).toBe("zahl.zuGross");
    expect(fehlerCode({ ...gueltig, anzahl: "1,5" }, "anzahl")).toBe("ganzzahl.format");
    expect(fehlerCode({ ...gueltig, anzahl: "0" }, "anzahl")).toBe("zahl.zuKlein");
    expect(fehlerCode({ ...gueltig, kosten: "12,3456" }, "kosten")).toBe("betrag.format");
    expect(fehlerCode({ ...gueltig, kosten: "1000,01" }, "kosten")).toBe("zahl.zuGross");
    expect(fehlerCode({ ...gueltig, zustimmung: "vielleicht" }, "zustimmung")).toBe(
      "wahrheitswert.format",
    );
    expect(fehlerCode({ ...gueltig, zustimmung: undefined }, "zustimmung")).toBe("pflicht");
    expect(fehlerCode({ ...gueltig, farbe: "blau" }, "farbe")).toBe("auswahl.unbekannt");
    expect(fehlerCode({ ...gueltig, farbe: ["rot", "gruen"] }, "farbe")).toBe("auswahl.mehrere");
    expect(fehlerCode({ ...gueltig, farben: ["rot", "lila"] }, "farben")).toBe("auswahl.unbekannt");
    expect(
      fehlerCode({ ...gueltig, nachweis: { ...pdf, medientyp: "text/html" } }, "nachweis"),
    ).toBe("datei.typ");
    expect(
      fehlerCode({ ...gueltig, nachweis: { ...pdf, groesse: 2 * 1024 * 1024 } }, "nachweis"),
    ).toBe("datei.zugross");
    expect(fehlerCode({ ...gueltig, nachweis: "C:\\fake.pdf" }, "nachweis")).toBe("datei.format");
    expect(fehlerCode({ ...gueltig, "adresse.ort": " " }, "adresse.ort")).toBe("pflicht");
  });

  it("words messages in German and English with the label and formatted bounds", () => {
    const kaputt = {
      ...gueltig,
      kosten: "2000",
      termin: "2027-02-01",
      nachweis: { ...pdf, groesse: 5_000_000 },
    };
    const de = pruefe(kaputt, "de").fehler;
    const en = pruefe(kaputt, "en").fehler;
    expect(de.map((f) => f.meldung)).toEqual([
      "„Termin“ darf nicht nach dem 02.01.2027 liegen.",
      "„Kosten“ darf höchstens 1.000,00\u00a0€ sein.",
      "Die Datei für „Nachweis“ darf höchstens 1 MB groß sein.",
    ]);
    expect(en.map((f) => f.meldung)).toEqual([
      "“Appointment” must be on or before 2 January 2027.",
      "“Cost” must be €1,000.00 or less.",
      "The file for “Evidence” must be 1 MB or smaller.",
    ]);
    expect(pruefe({ ...gueltig, plz: "x" }).fehler[0]!.meldung).toBe(
      "„PLZ“ hat nicht das erwartete Format: fünf Ziffern.",
    );
  });

  it("sanitises the name of an uploaded file", () => {
    const r = pruefe({
      ...gueltig,
      nachweis: { ...pdf, dateiname: "../../Rechnung\u202Efdp.pdf" },
    });
    expect((r.werte.nachweis as Upload).dateiname).toBe("Rechnungfdp.pdf");
  });

  it("refuses an unknown page", () => {
    const r = pruefeSeite(alles, "gibtsnicht", {}, "en");
    expect(r.ok).toBe(false);
    expect(r.fehler[0]).toMatchObject({ feld: "", code: "seite.unbekannt" });
  });
});

describe("pruefeSeite: naughty strings", () => {
  const mit = (feld: string, wert: string) => pruefe({ ...gueltig, [feld]: wert });

  it("NFC-normalises and counts code points, not UTF-16 units", () => {
    const r = mit("name", "Jose\u0301");
    expect(r.werte.name).toBe("José");
    // Ten emoji are ten characters (twenty UTF-16 units) and fit into maxLaenge 10.
    expect(mit("name", "😀".repeat(10)).ok).toBe(true);
    expect(mit("name", "😀".repeat(11)).fehler[0]!.code).toBe("text.zuLang");
    expect(mit("name", "مريم").werte.name).toBe("مريم");
    expect(mit("name", "\u200Fمريم").ok).toBe(true); // a right-to-left mark is harmless
  });

  it("refuses bidi overrides, null bytes, other control characters and lone surrogates", () => {
    for (const s of [
      "Anna\u202Egnp.exe",
      "An\u0000na",
      "An\u0007na",
      "An\u2066na",
      "An\uD800na",
      "An\u0085na",
    ]) {
      expect(mit("name", s).fehler[0]?.code, JSON.stringify(s)).toBe("text.zeichen");
      expect(mit("bemerkung", s).fehler[0]?.code, JSON.stringify(s)).toBe("text.zeichen");
    }
    expect(mit("name", "An\tna").fehler[0]!.code).toBe("text.zeichen");
    expect(mit("name", "An\nna").fehler[0]!.code).toBe("text.zeilenumbruch");
    expect(mit("bemerkung", "a\n\tb").ok).toBe(true);
  });

  it("removes invisible characters without meaning and trims", () => {
    expect(mit("name", "\uFEFF An\u200Bna \u200B").werte.name).toBe("Anna");
    expect(mit("name", "\u200B\u200B").fehler[0]!.code).toBe("pflicht");
  });

  it("accepts 10,000 characters in a multi-line text and refuses more, also huge input", () => {
    expect(mit("bemerkung", "ä".repeat(10_000)).ok).toBe(true);
    expect(mit("bemerkung", "a\u0308".repeat(10_000)).ok).toBe(true); // NFC makes 10,000 "ä"
    expect(mit("bemerkung", "ä".repeat(10_001)).fehler[0]).toMatchObject({ code: "text.zuLang" });
    const t0 = performance.now();
    expect(mit("bemerkung", "x".repeat(5_000_000)).fehler[0]).toMatchObject({
      code: "text.zuLang",
    });
    expect(mit("plz", "1".repeat(1_000_000)).fehler[0]).toMatchObject({ code: "text.zuLang" });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("refuses naughty strings where a number, a date or a code is expected", () => {
    for (const s of ["１２", "12\u0000", "NaN", "0x10", "<script>", "' OR 1=1 --", "😀"]) {
      expect(mit("anzahl", s).fehler[0]?.code, s).toBe("ganzzahl.format");
      expect(mit("geburt", s).fehler[0]?.code, s).toBe("datum.format");
      expect(mit("farbe", s).fehler[0]?.code, s).toBe("auswahl.unbekannt");
    }
  });
});

describe("conditions", () => {
  it("evaluate ist, in, ausgefuellt, alle, eine, nicht and paths into groups", () => {
    const k = kontextVon(alles, {
      farbe: "rot",
      farben: ["gruen"],
      adresse: { ort: "Leipzig" },
      name: "",
    });
    expect(erfuellt({ feld: "farbe", ist: "rot" }, k)).toBe(true);
    expect(erfuellt({ feld: "farben", ist: "gruen" }, k)).toBe(true);
    expect(erfuellt({ feld: "farben", in: ["rot", "blau"] }, k)).toBe(false);
    expect(erfuellt({ feld: "adresse.ort", ist: "Leipzig" }, k)).toBe(true);
    expect(erfuellt({ feld: "adresse.strasse", ausgefuellt: false }, k)).toBe(true);
    expect(erfuellt({ feld: "name", ausgefuellt: true }, k)).toBe(false);
    expect(erfuellt({ feld: "adresse", ausgefuellt: true }, k)).toBe(true);
    expect(
      erfuellt(
        {
          alle: [
            { feld: "farbe", in: ["rot"] },
            { nicht: { eine: [{ feld: "name", ausgefuellt: true }] } },
          ],
        },
        k,
      ),
    ).toBe(true);
  });

  it("skip pages and drop answers of hidden fields, without asking for them", () => {
    const antworten = { art: "einfach" };
    expect(sichtbareSeiten(meldebescheinigung, antworten).map((s) => s.id)).toEqual([
      "art",
      "person",
      "zweck",
      "zustellung",
    ]);
    const r = pruefeSeite(
      meldebescheinigung,
      "zustellung",
      { zustellung: "postfach", anzahl: "99", andereAnschrift: "ja", "anschrift.ort": "X" },
      "de",
      { antworten, heute: HEUTE },
    );
    expect(r).toMatchObject({ ok: true, werte: { zustellung: "postfach" }, fehler: [] });
    const post = pruefeSeite(
      meldebescheinigung,
      "zustellung",
      { zustellung: "post", anzahl: "1", andereAnschrift: "ja", "anschrift.ort": "Chemnitz" },
      "de",
      { antworten, heute: HEUTE },
    );
    expect(post.fehler.map((f) => f.feld)).toEqual([
      "anschrift.empfaenger",
      "anschrift.strasse",
      "anschrift.plz",
    ]);
    expect(pruefeSeite(meldebescheinigung, "umfang", {}, "de", { antworten }).fehler[0]!.code).toBe(
      "seite.unbekannt",
    );
  });

  it("inside a repeatable group refer to the same row", () => {
    const eingabe: Eingabe = {
      "hunde.0.name": "Bello",
      "hunde.0.rasse": "Dackel",
      "hunde.0.wurfdatum": "2020-05-01",
      "hunde.0.beginnHaltung": "2020-07-01",
      "hunde.0.gefaehrlich": "nein",
      "hunde.0.nachweis": pdf, // hidden for this dog: dropped
      "hunde.3.name": "Rex",
      "hunde.3.rasse": "Bullterrier",
      "hunde.3.wurfdatum": "2022-01-01",
      "hunde.3.beginnHaltung": "2022-03-01",
      "hunde.3.gefaehrlich": "ja",
      "hunde.5.name": "", // an empty row is ignored
      "hunde.5.gefaehrlich": "",
    };
    const r = pruefeSeite(hundesteuerAnmeldung, "hunde", eingabe, "de", { heute: HEUTE });
    expect(r.fehler.map((f) => [f.feld, f.code])).toEqual([
      ["hunde.3.nachweisArt", "pflicht"],
      ["hunde.3.nachweis", "pflicht"],
    ]);
    const ok = pruefeSeite(
      hundesteuerAnmeldung,
      "hunde",
      { ...eingabe, "hunde.3.nachweisArt": "erlaubnis", "hunde.3.nachweis": pdf },
      "de",
      { heute: HEUTE },
    );
    expect(ok.ok).toBe(true);
    const hunde = ok.werte.hunde as Record<string, unknown>[];
    expect(hunde).toHaveLength(2);
    expect(hunde[0]).not.toHaveProperty("nachweis");
    expect(hunde[1]).toMatchObject({ name: "Rex", gefaehrlich: true, nachweis: pdf });
  });

  it("enforce the cardinality of a repeat", () => {
    expect(pruefeSeite(hundesteuerAnmeldung, "hunde", {}, "de").fehler).toMatchObject([
      {
        feld: "hunde",
        code: "wiederholung.zuWenige",
        meldung: "Geben Sie bei „Hund“ mindestens 1 Einträge an.",
      },
    ]);
    const sechs: Eingabe = {};
    for (let i = 0; i < 6; i++) sechs[`hunde.${i}.name`] = `Hund ${i}`;
    const r = pruefeSeite(hundesteuerAnmeldung, "hunde", sechs, "en");
    expect(r.fehler.find((f) => f.feld === "hunde")).toMatchObject({
      code: "wiederholung.zuViele",
    });
  });
});

describe("navigation, storing a page, the whole form", () => {
  it("walks forward and back over the pages shown", () => {
    const erweitert = { art: "erweitert" };
    expect(naechsteSeite(meldebescheinigung, {}, null)).toBe("art");
    expect(naechsteSeite(meldebescheinigung, erweitert, "person")).toBe("umfang");
    expect(naechsteSeite(meldebescheinigung, { art: "einfach" }, "person")).toBe("zweck");
    expect(naechsteSeite(meldebescheinigung, erweitert, "zustellung")).toBeNull();
    expect(vorherigeSeite(meldebescheinigung, { art: "einfach" }, "zweck")).toBe("person");
    expect(vorherigeSeite(meldebescheinigung, erweitert, "zweck")).toBe("umfang");
    expect(vorherigeSeite(meldebescheinigung, erweitert, "art")).toBeNull();
  });

  it("storing a changed page drops answers it hides on later pages", () => {
    let antworten = uebernehmeSeite(meldebescheinigung, {}, "art", { art: "erweitert" });
    antworten = uebernehmeSeite(meldebescheinigung, antworten, "umfang", {
      zusatzdaten: ["familienstand"],
    });
    expect(antworten.zusatzdaten).toEqual(["familienstand"]);
    antworten = uebernehmeSeite(meldebescheinigung, antworten, "art", { art: "einfach" });
    expect(antworten).toEqual({ art: "einfach" });
  });

  it("checks every shown page for submission and names the page of each error", () => {
    const r = pruefeAlles(
      meldebescheinigung,
      { art: "erweitert", zweck: "sonstiges", zusatzdaten: ["x"] },
      { heute: HEUTE },
    );
    expect(r.ok).toBe(false);
    expect(r.fehler.map((f) => [f.seite, f.feld, f.code])).toEqual([
      ["person", "vorname", "pflicht"],
      ["person", "nachname", "pflicht"],
      ["person", "strasse", "pflicht"],
      ["person", "plz", "pflicht"],
      ["person", "ort", "pflicht"],
      ["person", "geburtsdatum", "pflicht"],
      ["umfang", "zusatzdaten", "auswahl.unbekannt"],
      ["zweck", "zweckSonstiges", "pflicht"],
      ["zustellung", "zustellung", "pflicht"],
    ]);
  });

  it("drops stale answers of hidden fields in repeat rows before submission", () => {
    const halter = {
      vorname: "Anna",
      nachname: "Schmidt",
      strasse: "Markt 1",
      plz: "08056",
      ort: "Zwickau",
    };
    const hund = {
      name: "Bello",
      rasse: "Dackel",
      wurfdatum: "2020-01-01",
      beginnHaltung: "2020-03-01",
    };
    const r = pruefeAlles(
      hundesteuerAnmeldung,
      { halter, hunde: [{ ...hund, gefaehrlich: false, nachweisArt: "erlaubnis", nachweis: pdf }] },
      { heute: HEUTE },
    );
    expect(r.ok).toBe(true);
    expect(r.antworten.hunde).toEqual([{ ...hund, gefaehrlich: false }]);
    const gefaehrlich = pruefeAlles(
      hundesteuerAnmeldung,
      { halter, hunde: [{ ...hund, gefaehrlich: true }] },
      {
        heute: HEUTE,
        lang: "en",
      },
    );
    expect(gefaehrlich.fehler.map((f) => [f.seite, f.feld, f.meldung])).toEqual([
      ["hunde", "hunde.0.nachweisArt", "Please answer “Which document do you have?”."],
      ["hunde", "hunde.0.nachweis", "Please answer “Upload the document”."],
    ]);
  });

  it("prefills from the profile and names required prefills that are missing", () => {
    const r = vorbelegen(hundesteuerAnmeldung, {
      vorname: "Anna",
      nachname: "Schmidt",
      ort: "Zwickau",
    });
    expect(r.antworten).toEqual({
      halter: { vorname: "Anna", nachname: "Schmidt", ort: "Zwickau" },
    });
    expect(r.fehlend).toEqual([]);
    const m = vorbelegen(meldebescheinigung, { vorname: "Anna" }, { nachname: "Eigen" });
    expect(m.antworten).toMatchObject({ vorname: "Anna", nachname: "Eigen" });
  });
});

describe("zusammenfassung", () => {
  const antworten = pruefe(gueltig).werte;

  it("formats every answer in German", () => {
    const z = zusammenfassung(alles, { ...antworten, bemerkung: undefined }, "de");
    expect(Object.fromEntries(z.map((r) => [r.label, r.wert]))).toEqual({
      Name: "Anna",
      Bemerkung: "Keine Angabe",
      PLZ: "01067",
      Geburtsdatum: "01.03.1990",
      Termin: "10.12.2026",
      Uhrzeit: "09:30",
      Gewicht: "12,5",
      Anzahl: "3",
      Kosten: "234,56\u00a0€",
      Zustimmung: "Ja",
      Farbe: "Rot",
      Farben: "Rot, Grün",
      Nachweis: "bescheid.pdf (1,5 KB)",
      "Adresse – Straße": "Hauptstraße 1",
      "Adresse – Ort": "Dresden",
    });
    expect(z[0]).toEqual({
      seite: "alles",
      seiteTitel: "Alles",
      feld: "name",
      label: "Name",
      wert: "Anna",
    });
  });

  it("formats every answer in English", () => {
    const z = zusammenfassung(alles, { ...antworten, zustimmung: false }, "en");
    expect(Object.fromEntries(z.map((r) => [r.label, r.wert]))).toMatchObject({
      "Date of birth": "1 March 1990",
      Cost: "€234.56",
      Weight: "12.5",
      Consent: "No",
      Colours: "Red, Green",
      Remark: "Zeile 1\nZeile 2\tmit Tab",
      "Address – Town": "Dresden",
    });
  });

  it("labels rows of a repeat and leaves out hidden questions", () => {
    const z = zusammenfassung(
      hundesteuerAnmeldung,
      {
        hunde: [
          { name: "Bello", gefaehrlich: false, nachweis: pdf },
          { name: "Rex", gefaehrlich: true, nachweisArt: "erlaubnis" },
        ],
      },
      "de",
    );
    const hunde = z.filter((r) => r.seite === "hunde").map((r) => [r.feld, r.label, r.wert]);
    expect(hunde).toContainEqual(["hunde.0.name", "Hund 1 – Name des Hundes", "Bello"]);
    expect(hunde).toContainEqual([
      "hunde.1.nachweisArt",
      "Hund 2 – Welchen Nachweis haben Sie?",
      "Erlaubnis der Kreispolizeibehörde zum Halten des Hundes",
    ]);
    expect(hunde).toContainEqual([
      "hunde.1.nachweis",
      "Hund 2 – Nachweis hochladen",
      "Keine Angabe",
    ]);
    expect(hunde.filter((r) => r[0] === "hunde.0.nachweis")).toEqual([]);
    expect(
      zusammenfassung(hundesteuerAnmeldung, {}, "en").find((r) => r.feld === "hunde"),
    ).toMatchObject({
      label: "Dog",
      wert: "Not provided",
    });
  });
});
