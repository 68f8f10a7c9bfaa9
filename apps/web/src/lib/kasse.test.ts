import { describe, expect, it } from "vitest";
import {
  folgetag,
  formatiereBetrag,
  gesternInSachsen,
  istFehler,
  leseZahlungsfilter,
  listenHref,
  MAX_SEITEN,
  parseEuro,
  seitenLinks,
  sichererDateiname,
  tagesbeginnInSachsen,
  ZAHLUNG_ID,
} from "./kasse";

const NBSP = "\u00a0";

describe("formatiereBetrag", () => {
  it("shows cents as a German clerk reads euros, with a no-break space before the sign", () => {
    expect(formatiereBetrag("de", 3070)).toBe(`30,70${NBSP}€`);
    expect(formatiereBetrag("de", 123456)).toBe(`1.234,56${NBSP}€`);
    expect(formatiereBetrag("de", 5)).toBe(`0,05${NBSP}€`);
  });

  it("puts the currency code first in English", () => {
    expect(formatiereBetrag("en", 3070)).toBe(`EUR${NBSP}30.70`);
    expect(formatiereBetrag("en", 99_999_999)).toBe(`EUR${NBSP}999,999.99`);
  });
});

describe("parseEuro", () => {
  it.each([
    ["30,70", 3070],
    ["30.70", 3070],
    ["30", 3000],
    ["30,7", 3070],
    ["0,01", 1],
    ["1.234,56", 123456],
    ["1,234.56", 123456],
    ["1.234,5", 123450],
    ["12.345,00", 1234500],
    [" 30,70 € ", 3070],
    ["EUR 30.70", 3070],
    ["999.999,99", 99_999_999],
    ["007,50", 750],
  ])("reads %j as %i cents", (eingabe, cent) => {
    expect(parseEuro(eingabe)).toEqual({ ok: true, cent });
  });

  it.each([
    ["", "leer"],
    ["   ", "leer"],
    ["0", "positiv"],
    ["0,00", "positiv"],
    ["-1", "positiv"],
    ["−5,00", "positiv"],
    ["abc", "format"],
    ["30,70abc", "format"],
    ["1e3", "format"],
    ["30,", "format"],
    [",50", "format"],
    ["1..2", "format"],
    ["12.34.56", "format"],
    ["1.234,56.7", "format"],
    ["12,345", "nachkommastellen"],
    ["1.234", "nachkommastellen"],
    ["0,001", "nachkommastellen"],
    ["1.234,567", "nachkommastellen"],
    ["1.000.000,00", "zu-hoch"],
    ["1.234.567", "zu-hoch"],
    ["1000000", "zu-hoch"],
    ["99999999999999999999999", "zu-hoch"],
  ])("refuses %j (%s)", (eingabe, fehler) => {
    expect(parseEuro(eingabe)).toEqual({ ok: false, fehler });
  });
});

describe("days in Saxony", () => {
  it("starts a winter day at 23:00 UTC the evening before, a summer day at 22:00", () => {
    expect(tagesbeginnInSachsen("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(tagesbeginnInSachsen("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("gets the days on which the clocks change right", () => {
    // 29 March 2026: CET until 02:00, so midnight is still UTC+1.
    expect(tagesbeginnInSachsen("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(tagesbeginnInSachsen("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    // 25 October 2026: CEST until 03:00, so midnight is still UTC+2.
    expect(tagesbeginnInSachsen("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(tagesbeginnInSachsen("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("counts to the next day across months and years", () => {
    expect(folgetag("2026-02-28")).toBe("2026-03-01");
    expect(folgetag("2028-02-28")).toBe("2028-02-29");
    expect(folgetag("2026-12-31")).toBe("2027-01-01");
  });

  it("takes yesterday in Saxony, not in UTC, as the default booking day", () => {
    // 00:30 in Berlin on 2 March is still 1 March in UTC: yesterday is 1 March.
    expect(gesternInSachsen(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-01");
    expect(gesternInSachsen(new Date("2026-03-01T12:00:00Z"))).toBe("2026-02-28");
  });
});

describe("leseZahlungsfilter", () => {
  const oes = ["gv-14612000", "gv-14713000"];

  it("applies status, days (until inclusive) and an OE of the clerk's", () => {
    const f = leseZahlungsfilter(
      { status: "processing", von: "2026-03-01", bis: "2026-03-31", oe: "gv-14713000" },
      oes,
    );
    expect(f.fehler).toEqual({});
    expect(f.status).toBe("processing");
    expect(f.von?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(f.bis?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(f.oes).toEqual(["gv-14713000"]);
  });

  it("keeps a wrong date as typed with a message, and applies no date then", () => {
    const f = leseZahlungsfilter({ von: "2026-02-30", bis: "2026-03-01" }, oes);
    expect(f.fehler).toEqual({ von: "datum" });
    expect(f.roh.von).toBe("2026-02-30");
    expect(f.von).toBeUndefined();
    expect(f.bis).toBeUndefined();
    expect(leseZahlungsfilter({ von: "2026-03-02", bis: "2026-03-01" }, oes).fehler).toEqual({
      bis: "bisVorVon",
    });
  });

  it("drops an unknown status and an OE the clerk does not act for", () => {
    const f = leseZahlungsfilter({ status: "bezahlt", oe: "gv-99999999" }, oes);
    expect(f.status).toBeUndefined();
    expect(f.oes).toEqual(oes);
  });

  it("keeps a trail of well-formed cursors only, and not beyond the limit", () => {
    expect(leseZahlungsfilter({ seiten: "abc.def_-1" }, oes).seiten).toEqual(["abc", "def_-1"]);
    expect(leseZahlungsfilter({ seiten: "abc.<script>" }, oes).seiten).toEqual([]);
    expect(leseZahlungsfilter({ seiten: "abc..def" }, oes).seiten).toEqual([]);
    const zuViele = Array.from({ length: MAX_SEITEN + 1 }, (_, i) => `c${i}`).join(".");
    expect(leseZahlungsfilter({ seiten: zuViele }, oes).seiten).toEqual([]);
  });
});

describe("cursor paging", () => {
  const basis = "/de/verwaltung/kasse";

  it("links every page seen so far, marks the current one and offers the next", () => {
    const f = leseZahlungsfilter({ status: "failed", seiten: "c2.c3" }, ["gv-1"]);
    const links = seitenLinks(basis, f, "c4");
    expect(links.items).toEqual([
      { number: 1, href: `${basis}?status=failed`, current: false },
      { number: 2, href: `${basis}?status=failed&seiten=c2`, current: false },
      { number: 3, href: `${basis}?status=failed&seiten=c2.c3`, current: true },
    ]);
    expect(links.previousHref).toBe(`${basis}?status=failed&seiten=c2`);
    expect(links.nextHref).toBe(`${basis}?status=failed&seiten=c2.c3.c4`);
  });

  it("has no previous link on page 1 and no next one on the last page", () => {
    const f = leseZahlungsfilter({}, ["gv-1"]);
    expect(seitenLinks(basis, f, null)).toEqual({
      items: [{ number: 1, href: basis, current: true }],
    });
  });

  it("leaves a filter in error out of the links", () => {
    const f = leseZahlungsfilter({ von: "gestern", status: "failed" }, ["gv-1"]);
    expect(listenHref(basis, f, [])).toBe(`${basis}?status=failed`);
  });
});

describe("small guards", () => {
  it("recognises the payments' intent ids and nothing else", () => {
    expect(ZAHLUNG_ID.test("pi_0123456789abcdef01234567")).toBe(true);
    expect(ZAHLUNG_ID.test("pi_0123456789ABCDEF01234567")).toBe(false);
    expect(ZAHLUNG_ID.test("pi_0123")).toBe(false);
    expect(ZAHLUNG_ID.test("../pi_0123456789abcdef01234567")).toBe(false);
  });

  it("matches error codes of results as strings", () => {
    expect(istFehler({ ok: false, fehler: "keine-lastschriften" }, "keine-lastschriften")).toBe(
      true,
    );
    expect(istFehler({ ok: true }, "keine-lastschriften")).toBe(false);
  });

  it("makes download names safe for a header and a file system", () => {
    expect(sichererDateiname("pain008-2026-03-01.xml", "x")).toBe("pain008-2026-03-01.xml");
    expect(sichererDateiname('../../etc/"passwd"\r\n.xml', "x")).toBe("etc_passwd_.xml");
    expect(sichererDateiname("Auszug März.xml", "x")).toBe("Auszug_Marz.xml");
    expect(sichererDateiname("...", "ersatz.xml")).toBe("ersatz.xml");
  });
});
