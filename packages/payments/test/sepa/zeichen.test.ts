import { describe, expect, it } from "vitest";
import {
  gleicheMandatsreferenz,
  istSepaText,
  pruefeMandatsreferenz,
  pruefeVerwendungszweck,
  sepaName,
  zuSepaZeichen,
} from "../../src/sepa/index.ts";

describe("Mandatsreferenz", () => {
  it.each(["K-02-2011-12345", "BPA/2026/000123", "A", "abc+?:().,'-", "MANDAT 12", "x".repeat(35)])(
    "accepts %s",
    (ref) => {
      expect(pruefeMandatsreferenz(ref)).toEqual({ ok: true, wert: ref });
    },
  );

  it.each([
    ["", "referenz.leer"],
    ["x".repeat(36), "referenz.zuLang"],
    ["Müller-01", "referenz.zeichen"],
    ["AB_12", "referenz.zeichen"],
    ["AB&12", "referenz.zeichen"],
    ["AB*12", "referenz.zeichen"],
    ["/AB12", "referenz.schraegstrich"],
    ["AB12/", "referenz.schraegstrich"],
    ["AB//12", "referenz.schraegstrich"],
    [" AB12", "referenz.leerzeichen"],
    ["AB12 ", "referenz.leerzeichen"],
  ])("refuses %j (%s)", (ref, code) => {
    expect(pruefeMandatsreferenz(ref)).toMatchObject({ ok: false, fehler: { code } });
  });

  it("compares references without regard to case", () => {
    expect(gleicheMandatsreferenz("123AAa45678", "123aaA45678")).toBe(true);
    expect(gleicheMandatsreferenz("123aaa45678", "123aaa 45678")).toBe(false);
  });
});

describe("Verwendungszweck", () => {
  it("accepts up to 140 characters of the Latin set", () => {
    expect(pruefeVerwendungszweck("Kassenzeichen 5.1234.567890.1 Bewohnerparkausweis").ok).toBe(
      true,
    );
    expect(pruefeVerwendungszweck("x".repeat(140)).ok).toBe(true);
  });
  it("refuses longer texts, umlauts and empty text", () => {
    expect(pruefeVerwendungszweck("x".repeat(141))).toMatchObject({
      ok: false,
      fehler: { code: "verwendungszweck.zuLang" },
    });
    expect(pruefeVerwendungszweck("Gebühr")).toMatchObject({
      ok: false,
      fehler: { code: "verwendungszweck.zeichen" },
    });
    expect(pruefeVerwendungszweck("  ")).toMatchObject({
      ok: false,
      fehler: { code: "verwendungszweck.leer" },
    });
  });
});

describe("zuSepaZeichen", () => {
  it("writes German umlauts and ß out", () => {
    expect(zuSepaZeichen("Jürgen Größe-Äöüß")).toBe("Juergen Groesse-Aeoeuess");
    expect(zuSepaZeichen("ÖZTÜRK")).toBe("OeZTUeRK");
  });
  it("strips other diacritics and maps special letters and symbols", () => {
    expect(zuSepaZeichen("José Müller & Søn, Łódź")).toBe("Jose Mueller + Son, Lodz");
    expect(zuSepaZeichen("„Zitat“ – Ende")).toBe("'Zitat' - Ende");
    expect(zuSepaZeichen("Straße_1 * 2 € 3 😀")).toBe("Strasse-1 2 3");
    // Decomposed input (NFD, as some keyboards on macOS produce) is composed first.
    expect(zuSepaZeichen("Mu\u0308ller")).toBe("Mueller");
  });
  it("always yields text in the EPC basic set", () => {
    for (const text of ["Zahlemann & Söhne GbR", "Ærø Ŧest «x» <y> {z} [w] |~^", "東京 Tokyo"]) {
      expect(istSepaText(zuSepaZeichen(text))).toBe(true);
    }
  });
  it("shortens names to 70 characters at a word boundary", () => {
    const name = sepaName(`${"Stadtverwaltung ".repeat(5)}Dresden`);
    expect(name.length).toBeLessThanOrEqual(70);
    expect(name.endsWith("Stadtverwaltung")).toBe(true);
  });
});
