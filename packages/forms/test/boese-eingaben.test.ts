import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  normalisiereText,
  pruefeAlles,
  pruefeSeite,
  zusammenfassung,
} from "../src/services/antworten.ts";
import { pruefeDefinition } from "../src/services/definition.ts";
import { eingabeAus } from "../src/services/eingabe.ts";
import type { Antworten, Eingabe, Formulardefinition, Upload } from "../src/types.ts";

// Hostile input (issue 9, "Bad input"): a list of naughty strings fed into every field type of
// one page. Whatever comes, validation never throws; each answer is either refused with a clear
// message at its field, or kept as typed. What "as typed" means is decided per type:
// - text keeps the string verbatim after `normalisiereText`: NFC (not NFKC: "ﬁ" stays a
//   ligature, nothing the citizen can see is changed), zero-width characters without meaning
//   removed, trimmed. Injection strings (SQL, HTML, template, format strings, paths) are text
//   like any other and kept unchanged: escaping belongs where the text is written out (HTML,
//   PDF, SQL parameters), never into the stored answer. Control characters, bidi overrides and
//   isolates and unpaired surrogates are refused ("text.zeichen"), never silently removed.
// - date, time, number, integer, amount, yes/no and code lists accept only their formats:
//   anything else is a format error, nothing is guessed (no full-width or Arabic-Indic digits,
//   no exponents, no hex, no "Infinity").
// - a file field takes only an upload the runner stored; a string is a format error.

type Liste = Record<string, string[]>;
const roh = JSON.parse(
  readFileSync(new URL("./fixtures/naughty-strings.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
// A Map, not an object literal: the list holds "__proto__", "constructor" and "toString".
const LANG = new Map([
  ["__LANG_10000__", "x".repeat(10_000)],
  ["__LANG_100000__", "ä".repeat(100_000)],
  ["__LANG_ZWJ_5000__", "👩‍👩‍👧".repeat(5_000)],
]);
const liste: Liste = Object.fromEntries(
  Object.entries(roh)
    .filter(([k]) => !k.startsWith("_"))
    .map(([k, v]) => [k, (v as string[]).map((s) => LANG.get(s) ?? s)]),
);
const alle = Object.values(liste).flat();

const L = (de: string, en = de) => ({ de, en });
const HEUTE = "2026-12-04";

function definition(r: unknown): Formulardefinition {
  const p = pruefeDefinition(r);
  if (!p.ok) throw new Error(JSON.stringify(p.fehler));
  return p.definition;
}

const def = definition({
  schluessel: "boese",
  version: 1,
  titel: L("Böse Eingaben", "Hostile input"),
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
        { typ: "text", id: "name", label: L("Name"), maxLaenge: 200 },
        { typ: "text", id: "bemerkung", label: L("Bemerkung", "Remark"), mehrzeilig: true },
        {
          typ: "text",
          id: "plz",
          label: L("PLZ", "Postcode"),
          muster: "[0-9]{5}",
          musterHinweis: L("fünf Ziffern.", "five digits."),
        },
        { typ: "datum", id: "geburt", label: L("Geburtsdatum", "Date of birth") },
        { typ: "zeit", id: "uhrzeit", label: L("Uhrzeit", "Time") },
        { typ: "zahl", id: "gewicht", label: L("Gewicht", "Weight") },
        { typ: "ganzzahl", id: "anzahl", label: L("Anzahl", "Number") },
        { typ: "betrag", id: "kosten", label: L("Kosten", "Cost"), waehrung: "EUR" },
        { typ: "wahrheitswert", id: "zustimmung", label: L("Zustimmung", "Consent") },
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
          felder: [{ typ: "text", id: "ort", label: L("Ort", "Town") }],
        },
        {
          typ: "wiederholung",
          id: "kinder",
          label: L("Kinder", "Children"),
          min: 0,
          max: 3,
          felder: [{ typ: "text", id: "vorname", label: L("Vorname", "First name") }],
        },
      ],
    },
  ],
});

/** Every input of the page (its posted name) with its field type and where its answer is stored. */
const EINGABEN = [
  { pfad: "name", typ: "text", wert: (a: Antworten) => a.name },
  { pfad: "bemerkung", typ: "mehrzeilig", wert: (a: Antworten) => a.bemerkung },
  { pfad: "plz", typ: "muster", wert: (a: Antworten) => a.plz },
  { pfad: "geburt", typ: "datum", wert: (a: Antworten) => a.geburt },
  { pfad: "uhrzeit", typ: "zeit", wert: (a: Antworten) => a.uhrzeit },
  { pfad: "gewicht", typ: "zahl", wert: (a: Antworten) => a.gewicht },
  { pfad: "anzahl", typ: "ganzzahl", wert: (a: Antworten) => a.anzahl },
  { pfad: "kosten", typ: "betrag", wert: (a: Antworten) => a.kosten },
  { pfad: "zustimmung", typ: "wahrheitswert", wert: (a: Antworten) => a.zustimmung },
  { pfad: "farbe", typ: "auswahl", wert: (a: Antworten) => a.farbe },
  { pfad: "farben", typ: "mehrfach", wert: (a: Antworten) => a.farben },
  { pfad: "nachweis", typ: "datei", wert: (a: Antworten) => a.nachweis },
  {
    pfad: "adresse.ort",
    typ: "text",
    wert: (a: Antworten) => (a.adresse as Antworten | undefined)?.ort,
  },
  {
    pfad: "kinder.0.vorname",
    typ: "text",
    wert: (a: Antworten) => (a.kinder as Antworten[] | undefined)?.[0]?.vorname,
  },
] as const;

/** The error codes each type may answer with; anything else would be a confusing message. */
const CODES: Record<(typeof EINGABEN)[number]["typ"], string[]> = {
  text: ["text.zeichen", "text.zeilenumbruch", "text.zuLang"],
  mehrzeilig: ["text.zeichen", "text.zuLang"],
  muster: ["text.zeichen", "text.zeilenumbruch", "text.zuLang", "text.muster"],
  datum: ["datum.format"],
  zeit: ["zeit.format"],
  zahl: ["zahl.format"],
  ganzzahl: ["ganzzahl.format"],
  betrag: ["betrag.format"],
  wahrheitswert: ["wahrheitswert.format"],
  auswahl: ["auswahl.unbekannt"],
  mehrfach: ["auswahl.unbekannt"],
  datei: ["datei.format"],
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const STEUERZEICHEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const EINZELNES_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function pruefe(eingabe: Eingabe, lang: "de" | "en" = "de") {
  return pruefeSeite(def, "alles", eingabe, lang, { heute: HEUTE });
}

describe("naughty strings in every field type", () => {
  it(`never throw, and each is refused at its field with a message or kept as its type allows (${alle.length} strings × ${EINGABEN.length} inputs × 2 languages)`, () => {
    expect(alle.length).toBeGreaterThanOrEqual(80);
    for (const e of EINGABEN) {
      for (const s of alle) {
        for (const lang of ["de", "en"] as const) {
          const wie = `${e.pfad} ← ${JSON.stringify(s.slice(0, 40))} (${lang})`;
          let r: ReturnType<typeof pruefe> | undefined;
          expect(() => {
            r = pruefe({ [e.pfad]: s }, lang);
          }, wie).not.toThrow();
          const fehler = r!.fehler.filter((f) => f.feld.startsWith(e.pfad.split(".")[0]!));
          const wert = e.wert(r!.werte);
          if (fehler.length > 0) {
            expect(fehler, wie).toHaveLength(1);
            expect(CODES[e.typ], wie).toContain(fehler[0]!.code);
            expect(fehler[0]!.feld, wie).toBe(e.pfad);
            expect(fehler[0]!.meldung.length, wie).toBeGreaterThan(10);
            expect(fehler[0]!.meldung, wie).not.toMatch(/undefined|NaN|\{\w+\}/);
            expect(wert, wie).toBeUndefined();
            continue;
          }
          // Kept: in the shape of its type.
          if (wert === undefined) {
            // Empty after trimming (whitespace only, zero-width only): not answered.
            expect(normalisiereText(s), wie).toBe("");
            continue;
          }
          switch (e.typ) {
            case "text":
            case "mehrzeilig":
            case "muster":
              expect(wert, wie).toBe(normalisiereText(s));
              expect(wert, wie).toBe((wert as string).normalize("NFC"));
              expect(wert, wie).not.toMatch(STEUERZEICHEN);
              expect(wert, wie).not.toMatch(BIDI);
              expect(wert, wie).not.toMatch(EINZELNES_SURROGAT);
              if (e.typ === "muster") expect(wert, wie).toMatch(/^[0-9]{5}$/);
              break;
            case "datum":
              expect(wert, wie).toMatch(/^\d{4}-\d{2}-\d{2}$/);
              break;
            case "zeit":
              expect(wert, wie).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
              break;
            case "zahl":
              expect(Number.isFinite(wert), wie).toBe(true);
              break;
            case "ganzzahl":
            case "betrag":
              expect(Number.isSafeInteger(wert), wie).toBe(true);
              break;
            case "wahrheitswert":
              expect(typeof wert, wie).toBe("boolean");
              break;
            case "auswahl":
            case "mehrfach":
              throw new Error(`a naughty string was taken as a code: ${wie}`);
            case "datei":
              throw new Error(`a string was taken as an upload: ${wie}`);
          }
        }
      }
    }
  });

  it("keep injection strings, paths and format strings in text verbatim: escaping is the output's job", () => {
    for (const s of [
      ...liste.sql!,
      ...liste.html_js!.filter((x) => x.length <= 200),
      ...liste.formatstrings!,
      ...liste.pfade_und_dateinamen!,
      ...liste.reservierte_woerter!,
    ]) {
      const r = pruefe({ name: s, bemerkung: s });
      expect(r.fehler, s).toEqual([]);
      expect(r.werte.name, s).toBe(s);
      expect(r.werte.bemerkung, s).toBe(s);
    }
  });

  it("refuse control characters, bidi overrides and isolates and surrogate halves in text, single- and multi-line", () => {
    const boese = [
      "a\u0000b",
      "\u0000",
      "a\u0007b",
      "a\u001bb",
      "a\u007fb",
      "a\u0085b",
      "Rechnung\u202efdp.exe",
      "\u202a\u202b\u202c\u202d",
      "\u2066isoliert\u2069",
      ...liste.surrogathaelften!,
    ];
    for (const s of boese) {
      for (const pfad of ["name", "bemerkung", "adresse.ort", "kinder.0.vorname"]) {
        expect(pruefe({ [pfad]: s }).fehler, `${pfad} ${JSON.stringify(s)}`).toMatchObject([
          { feld: pfad, code: "text.zeichen" },
        ]);
      }
    }
    // Line breaks: one line refuses them, a textarea keeps them (CRLF stored as LF), tabs too.
    expect(pruefe({ name: "Zeile1\nZeile2" }).fehler[0]?.code).toBe("text.zeilenumbruch");
    expect(pruefe({ bemerkung: "Zeile1\r\nZeile2" }).werte.bemerkung).toBe("Zeile1\nZeile2");
    expect(pruefe({ bemerkung: "tab\there" }).werte.bemerkung).toBe("tab\there");
  });

  it("store text NFC (not NFKC), drop zero-width characters, keep right-to-left text and emoji", () => {
    const w = (s: string) => pruefe({ name: s }).werte.name;
    expect(w("Jose\u0301")).toBe("Jos\u00e9");
    expect(w("a\u0308")).toBe("\u00e4");
    expect(w("\u212b")).toBe("\u00c5"); // ANGSTROM SIGN → its canonical equivalent
    expect(w("\ufb01")).toBe("\ufb01"); // a ligature is only compatibility-equivalent: kept
    expect(w("ẞ")).toBe("ẞ");
    expect(w("a\u200bb")).toBe("ab");
    expect(w("a\u2060b")).toBe("ab");
    expect(w("\u200fمريم")).toBe("\u200fمريم"); // a right-to-left mark is harmless
    expect(w("שָׁלוֹם")).toBe("שָׁלוֹם".normalize("NFC"));
    for (const s of liste.emoji!) expect(w(s), s).toBe(s);
    // Zalgo: a few letters with dozens of combining marks fit 200 code points and are kept.
    const zalgo = liste.kombinierend_und_normalisierung![4]!;
    expect(w(zalgo)).toBe(zalgo.normalize("NFC"));
  });

  it("count length in code points and refuse very long input quickly", () => {
    const t0 = performance.now();
    expect(pruefe({ name: "x".repeat(10_000) }).fehler[0]).toMatchObject({
      code: "text.zuLang",
      feld: "name",
    });
    expect(pruefe({ bemerkung: "ä".repeat(100_000) }).fehler[0]?.code).toBe("text.zuLang");
    // 5,000 family emoji are 25,000 code points: too long for the 10,000 of a textarea.
    expect(pruefe({ bemerkung: "👩‍👩‍👧".repeat(5_000) }).fehler[0]?.code).toBe("text.zuLang");
    // 40 of them (200 code points, 320 UTF-16 units) fit the name's 200.
    expect(pruefe({ name: "👩‍👩‍👧".repeat(40) }).ok).toBe(true);
    expect(pruefe({ name: "👩‍👩‍👧".repeat(41) }).fehler[0]?.code).toBe("text.zuLang");
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("guess no number, date or time from anything but their formats", () => {
    const zahl = (s: string) => pruefe({ gewicht: s, anzahl: s, kosten: s });
    for (const s of [
      "１２３",
      "١٢٣",
      "1E2",
      "1e308",
      "0x10",
      "Infinity",
      "-Infinity",
      "NaN",
      "1/2",
      "$1.00",
      "2.2250738585072011e-308",
    ]) {
      expect(
        zahl(s).fehler.map((f) => f.code),
        s,
      ).toEqual(["zahl.format", "ganzzahl.format", "betrag.format"]);
    }
    // More than a safe integer: no integer, no amount (cents would lose digits).
    expect(zahl("999999999999999999999999999999").fehler.map((f) => f.code)).toEqual([
      "ganzzahl.format",
      "betrag.format",
    ]);
    expect(zahl("1.000,00").werte).toMatchObject({ gewicht: 1000, kosten: 100_000 });
    // English grouping is understood for amounts; a number field takes only the German one (or
    // a plain decimal point, what `<input type=number>` sends) and says so rather than guess.
    expect(zahl("1,000.00").werte).toEqual({ kosten: 100_000 });
    expect(zahl("1,000.00").fehler.map((f) => f.code)).toEqual(["zahl.format", "ganzzahl.format"]);
    for (const s of ["0000-00-00", "2026-02-30", "31.12.99999", "1; DROP TABLE x", "%d.%m.%Y"]) {
      expect(pruefe({ geburt: s }).fehler[0]?.code, s).toBe("datum.format");
    }
    for (const s of ["24:00", "9:60", "12:00:00", "１２:００"]) {
      expect(pruefe({ uhrzeit: s }).fehler[0]?.code, s).toBe("zeit.format");
    }
  });

  it("take neither a string as a file nor a crafted file name as it was sent", () => {
    expect(pruefe({ nachweis: "../../etc/passwd" }).fehler[0]).toMatchObject({
      feld: "nachweis",
      code: "datei.format",
    });
    const upload: Upload = {
      id: "u1",
      dateiname: "x.pdf",
      medientyp: "application/pdf",
      groesse: 10,
    };
    for (const name of [
      ...liste.pfade_und_dateinamen!,
      ...liste.bidi_und_unsichtbar!,
      ...liste.steuerzeichen!,
    ]) {
      const r = pruefe({ nachweis: { ...upload, dateiname: name } });
      expect(r.fehler, name).toEqual([]);
      const gespeichert = (r.werte.nachweis as Upload).dateiname;
      expect(gespeichert, name).not.toMatch(/[/\\]/);
      expect(gespeichert, name).not.toMatch(STEUERZEICHEN);
      expect(gespeichert, name).not.toMatch(BIDI);
      expect(gespeichert, name).not.toMatch(/^\./);
      expect(gespeichert.length, name).toBeGreaterThan(0);
    }
  });

  it("give back the same answers when a kept answer is shown and posted again (nothing changes on its way)", () => {
    for (const s of alle) {
      for (const lang of ["de", "en"] as const) {
        const erst = pruefe({ name: s, bemerkung: s, "kinder.0.vorname": s }, lang);
        if (!erst.ok) continue; // refused: shown again as typed, not from the answers
        const wieder = pruefe(eingabeAus(def, "alles", erst.werte, lang), lang);
        expect(wieder.werte, JSON.stringify(s.slice(0, 40))).toEqual(erst.werte);
      }
    }
  });

  it("summarise every kept answer without throwing, and check the whole form the same way", () => {
    for (const s of alle) {
      const { werte } = pruefe({ name: s, bemerkung: s, gewicht: s, anzahl: s, kosten: s });
      for (const lang of ["de", "en"] as const) {
        const zeilen = zusammenfassung(def, werte, lang);
        if (typeof werte.name === "string")
          expect(zeilen.find((z) => z.feld === "name")?.wert).toBe(werte.name);
        expect(() => pruefeAlles(def, werte, { lang, heute: HEUTE })).not.toThrow();
      }
    }
  });

  it("a repeat row of only invisible characters is empty: it does not count towards the minimum", () => {
    const mindestens = structuredClone(def);
    const kinder = mindestens.seiten[0]!.felder.find((f) => f.id === "kinder");
    if (kinder?.typ !== "wiederholung") throw new Error("no repeat");
    kinder.min = 1;
    for (const s of ["\u200b", "\ufeff\u2060", " \u00a0 "]) {
      const r = pruefeSeite(mindestens, "alles", { "kinder.0.vorname": s }, "de", { heute: HEUTE });
      expect(r.fehler, JSON.stringify(s)).toMatchObject([
        { feld: "kinder", code: "wiederholung.zuWenige" },
      ]);
      expect(r.werte.kinder, JSON.stringify(s)).toBeUndefined();
    }
  });

  it("as input names, are ignored and pollute no prototype", () => {
    const eingabe: Eingabe = { name: "Anna" };
    for (const s of alle) eingabe[s] = s;
    for (const s of ["__proto__", "constructor", "prototype"]) {
      eingabe[`adresse.${s}`] = "x";
      eingabe[`kinder.${s}.vorname`] = "x";
      eingabe[`kinder.0.${s}`] = "x";
    }
    eingabe["kinder.999999.vorname"] = "x";
    eingabe["kinder.-1.vorname"] = "x";
    const r = pruefe(eingabe);
    expect(r.werte.name).toBe("Anna");
    expect(Object.keys(r.werte).sort()).toEqual(
      Object.keys(r.werte)
        .filter((k) => def.seiten[0]!.felder.some((f) => f.id === k))
        .sort(),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.werte)).toBe(Object.prototype);
  });
});
