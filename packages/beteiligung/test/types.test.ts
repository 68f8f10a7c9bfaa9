import { describe, expect, it } from "vitest";
import {
  beitragEingabeSchema,
  bewertungSchema,
  feldfehler,
  MAX_TEXT,
  nameSchema,
  textSchema,
} from "../src/types.ts";

const kommentar = (text: unknown, extra: Record<string, unknown> = {}) =>
  beitragEingabeSchema.safeParse({ art: "kommentar", text, ...extra });

const gespeichert = (text: string) => {
  const r = kommentar(text);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data.text;
};

describe("comment text", () => {
  it("keeps HTML, formulas, bidi overrides and emoji exactly as typed", () => {
    for (const s of [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      '=HYPERLINK("http://evil.example","Klick")',
      "+SUM(1;2)",
      "@cmd",
      "Hallo \u202Egnp.exe\u202C Welt",
      "\u2067arabisch\u2069 und \u200F",
      "Grün 🌳🏳️‍🌈 👩‍👩‍👧",
      "'; DROP TABLE beteiligung_beitrag; --",
      "Zeile 1\nZeile 2\r\n\tEingerückt",
    ]) {
      expect(gespeichert(s)).toBe(s);
    }
  });

  it("trims and normalises to NFC", () => {
    expect(gespeichert("  Straße \n")).toBe("Straße");
    const zerlegt = "Cafe\u0301";
    expect(gespeichert(zerlegt)).toBe("Café");
    expect(gespeichert(zerlegt).length).toBe(4);
  });

  it("takes 1 to 5000 characters, counting an emoji as one", () => {
    expect(gespeichert("a")).toBe("a");
    expect(gespeichert("a".repeat(MAX_TEXT))).toHaveLength(MAX_TEXT);
    expect(gespeichert("😀".repeat(MAX_TEXT))).toHaveLength(MAX_TEXT * 2);
    expect(kommentar("😀".repeat(MAX_TEXT + 1)).success).toBe(false);
    const zuLang = kommentar("a".repeat(MAX_TEXT + 1));
    expect(zuLang.success).toBe(false);
    if (zuLang.success) return;
    expect(feldfehler(zuLang.error)).toEqual({
      text: {
        de: "Der Text darf höchstens 5000 Zeichen lang sein.",
        en: "The text may be at most 5000 characters long.",
      },
    });
    // 5000 characters and surrounding spaces: counted after trimming.
    expect(kommentar(`   ${"a".repeat(MAX_TEXT)}   `).success).toBe(true);
  });

  it("refuses an empty text, only whitespace, a missing text and NUL", () => {
    for (const leer of ["", "   ", "\n\t\r\n", "\u3000\u00A0 "]) {
      const r = kommentar(leer);
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(feldfehler(r.error).text).toEqual({
        de: "Bitte geben Sie einen Text ein.",
        en: "Please enter a text.",
      });
    }
    expect(kommentar(undefined).success).toBe(false);
    expect(kommentar(42).success).toBe(false);
    expect(kommentar("a\u0000b").success).toBe(false);
    expect(textSchema.safeParse("ok").success).toBe(true);
  });
});

describe("name", () => {
  it("is optional (empty is none), at most 100 characters, kept as typed", () => {
    expect(nameSchema.parse(undefined)).toBeUndefined();
    expect(nameSchema.parse("   ")).toBeUndefined();
    expect(nameSchema.parse(" <b>Erika</b> ")).toBe("<b>Erika</b>");
    expect(nameSchema.safeParse("x".repeat(100)).success).toBe(true);
    const r = kommentar("Text", { name: "x".repeat(101) });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(feldfehler(r.error))).toEqual(["name"]);
  });
});

describe("map point", () => {
  const punkt = (lat: unknown, lon: unknown, text: unknown = "Hier fehlt ein Radweg") =>
    beitragEingabeSchema.safeParse({ art: "kartenpunkt", lat, lon, text });

  it("takes a point in Saxony, also as form strings", () => {
    expect(punkt(51.34, 12.37).success).toBe(true); // Leipzig
    expect(punkt("51.05", "13.74").success).toBe(true); // Dresden
    expect(punkt(50.1, 11.8).success).toBe(true);
    expect(punkt(51.7, 15.1).success).toBe(true);
  });

  it("refuses a point outside Saxony or no point, with a message for the field", () => {
    for (const [lat, lon] of [
      [52.52, 13.4], // Berlin
      [48.14, 11.58], // München
      [51.0, 15.2],
      [51.0, 11.7],
      [Number.NaN, 13],
      [Number.POSITIVE_INFINITY, 13],
      ["", 13],
      [undefined, 13],
      ["abc", 13],
    ] as const) {
      const r = punkt(lat, lon);
      expect(r.success, `${lat},${lon}`).toBe(false);
      if (!r.success) {
        expect(Object.keys(feldfehler(r.error))).toContain(
          typeof lat === "number" && lat >= 50.1 && lat <= 51.7 ? "lon" : "lat",
        );
      }
    }
    const berlin = punkt(52.52, 13.4);
    if (!berlin.success) {
      expect(feldfehler(berlin.error).lat?.en).toBe(
        "The place is not in Saxony. Please choose a place in Saxony.",
      );
    }
  });

  it("takes a remark of at most 500 characters", () => {
    expect(punkt(51, 13, "x".repeat(500)).success).toBe(true);
    expect(punkt(51, 13, "x".repeat(501)).success).toBe(false);
    expect(punkt(51, 13, "  ").success).toBe(false);
  });
});

describe("other input", () => {
  it("knows three ratings", () => {
    for (const w of ["zustimmung", "neutral", "ablehnung"]) {
      expect(bewertungSchema.safeParse(w).success).toBe(true);
    }
    for (const w of ["Zustimmung", "", "ja", 1, null]) {
      expect(bewertungSchema.safeParse(w).success).toBe(false);
    }
  });

  it("refuses an unknown kind and a reply to something that is not an id", () => {
    const art = beitragEingabeSchema.safeParse({ art: "umfrage", text: "x" });
    expect(art.success).toBe(false);
    if (!art.success) expect(feldfehler(art.error).art?.de).toBe("Bitte prüfen Sie diese Angabe.");
    const r = kommentar("Antwort", { elternId: "' or 1=1 --" });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(feldfehler(r.error).elternId?.en).toBe("The comment you are replying to is unknown.");
    }
  });

  it("reads the time the form was shown from a form string", () => {
    const r = kommentar("x", { angezeigtUm: "2026-03-15T12:00:00.000Z", webseite: "" });
    expect(r.success && r.data.angezeigtUm?.toISOString()).toBe("2026-03-15T12:00:00.000Z");
  });
});
