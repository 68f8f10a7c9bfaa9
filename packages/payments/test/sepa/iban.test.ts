import { describe, expect, it } from "vitest";
import {
  formatiereIban,
  istSepaLand,
  normalisiereIban,
  pruefeBic,
  pruefeIban,
  SEPA_LAENDER,
} from "../../src/sepa/index.ts";

// Example IBANs as published in the SWIFT IBAN Registry (one per country, "IBAN electronic format
// example") and in the EPC/ECBS IBAN documentation.
const GUELTIG_SEPA: Record<string, string> = {
  AD: "AD1200012030200359100100",
  AL: "AL47212110090000000235698741",
  AT: "AT611904300234573201",
  BE: "BE68539007547034",
  BG: "BG80BNBG96611020345678",
  CH: "CH9300762011623852957",
  CY: "CY17002001280000001200527600",
  CZ: "CZ6508000000192000145399",
  DE: "DE89370400440532013000",
  DK: "DK5000400440116243",
  EE: "EE382200221020145685",
  ES: "ES9121000418450200051332",
  FI: "FI2112345600000785",
  FR: "FR1420041010050500013M02606",
  GB: "GB29NWBK60161331926819",
  GI: "GI75NWBK000000007099453",
  GR: "GR1601101250000000012300695",
  HR: "HR1210010051863000160",
  HU: "HU42117730161111101800000000",
  IE: "IE29AIBK93115212345678",
  IS: "IS140159260076545510730339",
  IT: "IT60X0542811101000000123456",
  LI: "LI21088100002324013AA",
  LT: "LT121000011101001000",
  LU: "LU280019400644750000",
  LV: "LV80BANK0000435195001",
  MC: "MC5811222000010123456789030",
  MD: "MD24AG000225100013104168",
  ME: "ME25505000012345678951",
  MK: "MK07250120000058984",
  MT: "MT84MALT011000012345MTLCAST001S",
  NL: "NL91ABNA0417164300",
  NO: "NO9386011117947",
  PL: "PL61109010140000071219812874",
  PT: "PT50000201231234567890154",
  RO: "RO49AAAA1B31007593840000",
  RS: "RS35260005601001611379",
  SE: "SE4550000000058398257466",
  SI: "SI56263300012039086",
  SK: "SK3112000000198742637541",
  SM: "SM86U0322509800000000270100",
  VA: "VA59001123000012345678",
};

describe("pruefeIban", () => {
  it.each(Object.entries(GUELTIG_SEPA))("accepts the registry example of %s", (land, iban) => {
    const r = pruefeIban(iban);
    expect(r).toEqual({ ok: true, wert: { iban, laendercode: land } });
  });

  it("accepts spaces, lower case and non-breaking spaces as typed or pasted", () => {
    expect(pruefeIban("de89 3704 0044 0532 0130 00")).toMatchObject({
      ok: true,
      wert: { iban: "DE89370400440532013000" },
    });
    expect(pruefeIban(" DE89\u00a03704\u00a00044 0532 0130 00 ").ok).toBe(true);
    expect(pruefeIban("fr14 2004 1010 0505 0001 3m02 606").ok).toBe(true);
  });

  it.each([
    ["DE88370400440532013000", "DE, check digits changed"],
    ["DE89370400440532013001", "DE, last digit changed"],
    ["NL92ABNA0417164300", "NL"],
    ["GB28NWBK60161331926819", "GB"],
    ["AT621904300234573201", "AT"],
    ["FR1420041010050500013M02607", "FR"],
    ["IT60X0542811101000000123457", "IT"],
    ["CH9300762011623852958", "CH"],
  ])("refuses wrong check digits: %s (%s)", (iban) => {
    expect(pruefeIban(iban)).toMatchObject({ ok: false, fehler: { code: "iban.pruefziffer" } });
  });

  it.each([
    ["DE8937040044053201300", "one digit short"],
    ["DE893704004405320130000", "one digit too many"],
    ["NL91ABNA041716430", "NL short"],
    ["BE685390075470341", "BE long"],
  ])("refuses a wrong length for the country: %s (%s)", (iban) => {
    expect(pruefeIban(iban)).toMatchObject({ ok: false, fehler: { code: "iban.laenge" } });
  });

  it.each([
    ["BR1800360305000010009795493C1", "BR"],
    ["TR330006100519786457841326", "TR"],
    ["UA213223130000026007233566001", "UA"],
    ["XK051212012345678906", "XK"],
    ["FO6264600001631634", "FO (Faroe Islands, outside the scope)"],
    ["GL8964710001000206", "GL (Greenland, outside the scope)"],
    ["BA391290079401028494", "BA"],
  ])("refuses a valid IBAN from outside SEPA with its own error: %s (%s)", (iban) => {
    const r = pruefeIban(iban);
    expect(r).toMatchObject({ ok: false, fehler: { code: "iban.nichtSepa" } });
    if (!r.ok) {
      expect(r.fehler.de).toContain("SEPA-Lastschrift");
      expect(r.fehler.en).toContain("SEPA direct debit");
    }
  });

  it("refuses US account numbers as non-SEPA, unknown country codes, and other characters", () => {
    const us = pruefeIban("US12345678901234567890");
    expect(us).toMatchObject({ ok: false, fehler: { code: "iban.nichtSepa" } });
    if (!us.ok) {
      expect(us.fehler.de).toContain("Vereinigte Staaten");
      expect(us.fehler.en).toContain("United States");
    }
    expect(pruefeIban("XX12345678901234567890")).toMatchObject({
      ok: false,
      fehler: { code: "iban.land" },
    });
    expect(pruefeIban("QQ12345678901234567890")).toMatchObject({
      ok: false,
      fehler: { code: "iban.land" },
    });
    expect(pruefeIban("DE89-3704-0044-0532-0130-00").ok).toBe(true); // hyphens are separators
    expect(pruefeIban("DE89 3704 0044 0532 0130 0Ä")).toMatchObject({
      ok: false,
      fehler: { code: "iban.zeichen" },
    });
    expect(pruefeIban("DE89.3704.0044.0532.0130.00")).toMatchObject({
      ok: false,
      fehler: { code: "iban.zeichen" },
    });
    expect(pruefeIban("")).toMatchObject({ ok: false, fehler: { code: "iban.leer" } });
    expect(pruefeIban("8937040044")).toMatchObject({ ok: false, fehler: { code: "iban.format" } });
  });

  it("gives every error in German and English", () => {
    for (const iban of ["", "DE88370400440532013000", "BR1800360305000010009795493C1", "DE8937"]) {
      const r = pruefeIban(iban);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.fehler.de.length).toBeGreaterThan(10);
        expect(r.fehler.en.length).toBeGreaterThan(10);
        expect(r.fehler.de).not.toBe(r.fehler.en);
      }
    }
  });
});

describe("SEPA scope", () => {
  it("lists the EU, the EEA and the other scheme countries (EPC409-09)", () => {
    for (const land of [
      "DE",
      "FR",
      "IS",
      "LI",
      "NO",
      "CH",
      "GB",
      "MC",
      "SM",
      "VA",
      "AD",
      "AL",
      "ME",
      "MK",
      "MD",
      "RS",
    ]) {
      expect(istSepaLand(land)).toBe(true);
    }
    for (const land of ["US", "BR", "TR", "UA", "FO", "GL", "XK", "BA", "NC", "PF"]) {
      expect(istSepaLand(land)).toBe(false);
    }
    expect(istSepaLand("de")).toBe(true);
    expect(Object.keys(SEPA_LAENDER).filter((l) => l.length !== 2)).toEqual([]);
  });
});

describe("normalise and format", () => {
  it("normalises and groups by four", () => {
    expect(normalisiereIban(" de89 3704 0044 0532 0130 00 ")).toBe("DE89370400440532013000");
    expect(formatiereIban("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
  });
});

describe("pruefeBic", () => {
  it("accepts 8 and 11 characters, any case, and an empty BIC (IBAN-only)", () => {
    expect(pruefeBic("COBADEFFXXX")).toEqual({ ok: true, wert: "COBADEFFXXX" });
    expect(pruefeBic("cobadeff")).toEqual({ ok: true, wert: "COBADEFF" });
    expect(pruefeBic("")).toEqual({ ok: true, wert: null });
    expect(pruefeBic(undefined, "DE89370400440532013000")).toEqual({ ok: true, wert: null });
    expect(pruefeBic("COBADEFFXXX", "DE89370400440532013000").ok).toBe(true);
  });

  it("refuses malformed BICs and a BIC from another country than the IBAN", () => {
    expect(pruefeBic("COBADEF")).toMatchObject({ ok: false, fehler: { code: "bic.format" } });
    expect(pruefeBic("COBA DE 2X 1")).toMatchObject({ ok: false, fehler: { code: "bic.format" } });
    expect(pruefeBic("ABN4NL2A")).toMatchObject({ ok: false, fehler: { code: "bic.format" } });
    expect(pruefeBic("ABNANL2A", "DE89370400440532013000")).toMatchObject({
      ok: false,
      fehler: { code: "bic.land" },
    });
    expect(pruefeBic("BNPAFRPP", "FR1420041010050500013M02606").ok).toBe(true);
  });
});
