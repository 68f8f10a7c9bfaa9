import { describe, expect, it } from "vitest";
import { formatDate, formatEuro, formatTime, t } from "./i18n";

/** Every key path of a dictionary, with the kind of value (text or function). */
function shape(value: unknown, prefix = ""): string[] {
  if (typeof value === "function") return [`${prefix}()`];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("dictionaries", () => {
  it("give every German UI string an English counterpart", () => {
    expect(shape(t("en")).sort()).toEqual(shape(t("de")).sort());
  });

  it("leave no English string empty or identical to a German sentence by mistake", () => {
    const en = t("en");
    expect(en.leistung.zustaendigeStelle).toBe("Responsible authority");
    expect(en.search.resultsFor("Pass", 1)).toBe("1 result for “Pass”");
    expect(t("de").search.resultsFor("Pass", 2)).toBe("2 Ergebnisse für „Pass“");
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
});
