import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fill, formatDate, formatEuro, formatTime } from "./format";
import { leistungTexte } from "./leistung";
import { sucheTexte } from "./suche";

/** Every key path of a dictionary, with the kind of value (text or function). */
function shape(value: unknown, prefix = ""): string[] {
  if (typeof value === "function") return [`${prefix}()`];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

const here = fileURLToPath(new URL(".", import.meta.url));
const features = readdirSync(here).filter((name) => statSync(`${here}/${name}`).isDirectory());

describe("dictionaries", () => {
  it("exist per feature, each with a German and an English module", () => {
    expect(features).toEqual(
      expect.arrayContaining(["allgemein", "leistung", "suche", "fehler", "barriere"]),
    );
  });

  for (const feature of features) {
    it(`${feature}: give every German UI string an English counterpart`, async () => {
      const { de } = await import(`./${feature}/de.ts`);
      const { en } = await import(`./${feature}/en.ts`);
      expect(shape(en).sort()).toEqual(shape(de).sort());
      const texts = (value: unknown): string[] =>
        typeof value === "string"
          ? [value]
          : value && typeof value === "object"
            ? Object.values(value).flatMap(texts)
            : [];
      expect(texts(en).filter((text) => text.trim() === "")).toEqual([]);
    });
  }

  it("pick the page's language", () => {
    expect(leistungTexte("en").zustaendigeStelle).toBe("Responsible authority");
    expect(sucheTexte("en").resultsFor("Pass", 1)).toBe("1 result for “Pass”");
    expect(sucheTexte("de").resultsFor("Pass", 2)).toBe("2 Ergebnisse für „Pass“");
    expect(leistungTexte("de").ortFrage.ereignisort).toMatch(/^Wo /);
    expect(leistungTexte("en").zustaendigFuerOrt.grundstueck("Pirna")).toBe(
      "Responsible for properties in Pirna",
    );
  });
});

describe("formatting", () => {
  it("formats dates and amounts the way each language writes them", () => {
    expect(formatDate("de", "2026-11-28")).toBe("28. November 2026");
    expect(formatDate("en", "2026-11-28")).toBe("28 November 2026");
    expect(formatEuro("de", 46)).toBe("46,00\u00a0€");
    expect(formatEuro("en", 27.6)).toBe("€27.60");
  });

  it("gives a time today as the time of day in Saxony, another day with its date", () => {
    const now = new Date("2026-07-01T10:00:00Z");
    expect(formatTime("de", "2026-07-01T12:05:00Z", now)).toBe("14:05 Uhr");
    expect(formatTime("en", "2026-07-01T12:05:00Z", now)).toBe("14:05");
    expect(formatTime("de", "2026-07-02T06:30:00Z", now)).toBe("2. Juli 2026 um 08:30");
  });

  it("fills the placeholders of templates handed to client components", () => {
    expect(fill("höchstens {max} Zeichen", { max: "5.000" })).toBe("höchstens 5.000 Zeichen");
    expect(fill("an {email}", {})).toBe("an {email}");
  });
});
