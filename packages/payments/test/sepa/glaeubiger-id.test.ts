import { describe, expect, it } from "vitest";
import { mod97, pruefeGlaeubigerId } from "../../src/sepa/index.ts";

describe("pruefeGlaeubigerId", () => {
  it("accepts the Bundesbank's test identifier DE98ZZZ09999999999", () => {
    expect(pruefeGlaeubigerId("DE98ZZZ09999999999")).toEqual({
      ok: true,
      wert: {
        id: "DE98ZZZ09999999999",
        laendercode: "DE",
        geschaeftsbereich: "ZZZ",
        nationaleKennung: "09999999999",
      },
    });
    expect(pruefeGlaeubigerId("de98 zzz0 9999 9999 99").ok).toBe(true);
  });

  // Examples from EPC262-08 "Creditor Identifier Overview" (as collected in jbanking's tests) and
  // a German creditor identifier published in a ZUGFeRD example.
  it.each([
    "DE88ZZZ00000032626",
    "DE51ZZZ12345678901",
    "AT61ZZZ01234567890",
    "BE68ZZZ0123456789",
    "BE69ZZZ050D000000008",
    "ES59ZZZX1234567L",
    "FR72ZZZ123456",
    "IT66ZZZA1B2C3D4E5F6G7H8",
    "NL42ZZZ123456780001",
    "PL18ZZZ0123456789",
    "GB23ZZZSDDBARC000000ABCD1234",
    "HU74111A12345676",
    "FI22BBB12345678",
    "HR04ZZZ01234567890",
    "SK19ZZZ70000000022",
    "NO38ZZZ123456785",
    "IE84ZZZ123456",
    "LT30ZZZ123456789",
    "SE41ZZZ1234567890",
    "PT73ZZZ123456",
  ])("accepts %s", (id) => {
    expect(pruefeGlaeubigerId(id).ok).toBe(true);
  });

  it("skips the business code: changing ZZZ keeps the check digits valid", () => {
    expect(pruefeGlaeubigerId("DE98ABC09999999999").ok).toBe(true);
    expect(pruefeGlaeubigerId("DE9800109999999999").ok).toBe(true);
    // …but a change in the national identifier does not.
    expect(pruefeGlaeubigerId("DE98ZZZ09999999990").ok).toBe(false);
  });

  it.each([
    ["DE97ZZZ09999999999", "glaeubigerId.pruefziffer"],
    ["DE98ZZZ09999999998", "glaeubigerId.pruefziffer"],
    ["DE00ZZZ00099999999", "glaeubigerId.pruefziffer"], // pain.002 sample, synthetic
    ["BG40ZZZ507778", "glaeubigerId.pruefziffer"], // pain.008 OOFF sample, synthetic
    ["FR73ZZZ123456", "glaeubigerId.pruefziffer"],
    ["DE98ZZZ0999999999", "glaeubigerId.laenge"],
    ["DE98ZZZ", "glaeubigerId.format"],
    ["D998ZZZ09999999999", "glaeubigerId.format"],
    ["DE98ZZZ0999999999!", "glaeubigerId.format"],
    ["US98ZZZ09999999999", "glaeubigerId.nichtSepa"],
    ["", "glaeubigerId.leer"],
  ])("refuses %s (%s)", (id, code) => {
    const r = pruefeGlaeubigerId(id);
    expect(r).toMatchObject({ ok: false, fehler: { code } });
    if (!r.ok) expect(r.fehler.en.length).toBeGreaterThan(10);
  });

  it("computes MOD 97-10 as in ISO 7064", () => {
    expect(mod97("370400440532013000DE89")).toBe(1); // DE89 3704 0044 0532 0130 00, rearranged
    expect(98 - mod97("09999999999DE00")).toBe(98);
  });
});
