import { describe, expect, it } from "vitest";
import { eingangsMail, fortsetzungsMail } from "../src/services/mails.ts";
import {
  AKTENZEICHEN_MUSTER,
  darfWechseln,
  filterAusEingabe,
  filterSchema,
  formatiereAktenzeichen,
  jahrInSachsen,
  tagesbeginnInSachsen,
} from "../src/types.ts";

describe("Aktenzeichen", () => {
  it("is prefix, year and a six-digit number, growing past six digits", () => {
    expect(formatiereAktenzeichen("MB", 2026, 123)).toBe("MB-2026-000123");
    expect(formatiereAktenzeichen("MB", 2026, 1_234_567)).toBe("MB-2026-1234567");
    expect(AKTENZEICHEN_MUSTER.test("MB-2026-000123")).toBe(true);
    expect(AKTENZEICHEN_MUSTER.test("mb-2026-000123")).toBe(false);
  });

  it("counts the year in Saxony, not in UTC", () => {
    // 31 Dec 2026 23:30 UTC is 1 Jan 2027 00:30 in Dresden.
    expect(jahrInSachsen(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(jahrInSachsen(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
  });
});

describe("status transitions", () => {
  it("allow the procedure's course and nothing after a decision or withdrawal", () => {
    expect(darfWechseln("eingegangen", "in_bearbeitung")).toBe(true);
    expect(darfWechseln("in_bearbeitung", "rueckfrage")).toBe(true);
    expect(darfWechseln("rueckfrage", "in_bearbeitung")).toBe(true);
    expect(darfWechseln("rueckfrage", "entschieden")).toBe(true);
    expect(darfWechseln("eingegangen", "entschieden")).toBe(false);
    expect(darfWechseln("eingegangen", "rueckfrage")).toBe(false);
    expect(darfWechseln("entschieden", "in_bearbeitung")).toBe(false);
    expect(darfWechseln("zurueckgezogen", "in_bearbeitung")).toBe(false);
  });
});

describe("inbox filter", () => {
  it("turns calendar days into Saxon midnights, the end day included", () => {
    expect(tagesbeginnInSachsen("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(tagesbeginnInSachsen("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    const f = filterAusEingabe(
      filterSchema.parse({ von: "2026-03-01", bis: "2026-03-31", zugewiesenAn: "niemand" }),
    );
    expect(f.von?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    // 31 March is summer time already: the next day starts at 22:00 UTC.
    expect(f.bis?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(f.zugewiesenAn).toBeNull();
  });

  it("drops malformed filters instead of failing", () => {
    expect(
      filterSchema.parse({ status: "gibts-nicht", von: "gestern", zugewiesenAn: "x" }),
    ).toEqual({});
  });
});

describe("mails", () => {
  it("the resume link mail carries the link and no form or answer", () => {
    const m = fortsetzungsMail("a@example.org", "de", "TOKEN123");
    expect(m.text).toContain("/de/antrag/fortsetzen?token=TOKEN123");
    expect(m.text).toContain("7 Tage");
    expect(m.html).toContain('lang="de"');
    expect(fortsetzungsMail("a@example.org", "en", "T").betreff).toMatch(/continue/i);
  });

  it("the confirmation names reference number, service and authority, escaped in HTML", () => {
    const m = eingangsMail("a@example.org", "de", {
      aktenzeichen: "MB-2026-000001",
      leistungsname: "Anmeldung <Wohnung>",
      stellenname: "Stadt Dresden",
      eingegangenAm: new Date("2026-05-04T08:00:00Z"),
      mitKonto: true,
    });
    expect(m.betreff).toContain("MB-2026-000001");
    expect(m.text).toContain("Anmeldung <Wohnung>");
    expect(m.text).toContain("10:00 Uhr");
    expect(m.html).toContain("Anmeldung &lt;Wohnung&gt;");
    expect(m.text).toContain("/de/konto/antraege");
    const en = eingangsMail("a@example.org", "en", {
      aktenzeichen: "MB-2026-000001",
      leistungsname: "Registration",
      stellenname: "City of Dresden",
      eingegangenAm: new Date(),
      mitKonto: false,
    });
    expect(en.text).not.toContain("/konto/antraege");
  });
});
