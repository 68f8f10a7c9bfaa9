import { describe, expect, it } from "vitest";
import {
  fruehesterFaelligkeitstag,
  istGeschaeftstag,
  naechsterGeschaeftstag,
  ostersonntag,
  target2Feiertage,
} from "../../src/sepa/index.ts";

const faellig = (
  iso: string,
  extra: Partial<Parameters<typeof fruehesterFaelligkeitstag>[0]> = {},
) => {
  const r = fruehesterFaelligkeitstag({
    einreichung: new Date(iso),
    annahmeschluss: "14:00",
    ...extra,
  });
  if (!r.ok) throw new Error(r.fehler.code);
  return r.wert;
};

describe("Easter and TARGET2 closing days", () => {
  it("computes Easter Sunday (Gregorian computus)", () => {
    expect(ostersonntag(2024)).toBe("2024-03-31");
    expect(ostersonntag(2025)).toBe("2025-04-20");
    expect(ostersonntag(2026)).toBe("2026-04-05");
    expect(ostersonntag(2027)).toBe("2027-03-28");
    expect(ostersonntag(2038)).toBe("2038-04-25"); // latest possible
    expect(ostersonntag(2285)).toBe("2285-03-22"); // earliest possible
    expect(ostersonntag(2000)).toBe("2000-04-23");
  });

  it("lists the six closing days of 2027", () => {
    expect(target2Feiertage(2027)).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-01",
      "2027-12-25",
      "2027-12-26",
    ]);
  });

  it("knows business days", () => {
    expect(istGeschaeftstag("2027-03-26")).toBe(false); // Good Friday
    expect(istGeschaeftstag("2027-03-29")).toBe(false); // Easter Monday
    expect(istGeschaeftstag("2027-03-25")).toBe(true);
    expect(istGeschaeftstag("2027-03-30")).toBe(true);
    expect(istGeschaeftstag("2026-12-05")).toBe(false); // Saturday
    expect(istGeschaeftstag("2026-12-06")).toBe(false); // Sunday
    expect(istGeschaeftstag("2026-12-24")).toBe(true); // Christmas Eve is not a closing day
    expect(istGeschaeftstag("2026-10-03")).toBe(false); // Saturday anyway
    expect(istGeschaeftstag("2025-10-03")).toBe(true); // German unity day: TARGET2 is open
    expect(istGeschaeftstag("2026-05-01")).toBe(false);
  });

  it("throws a RangeError for strings that are no ISO date (a programming error)", () => {
    expect(() => naechsterGeschaeftstag("2026-02-30")).toThrow(RangeError);
    expect(() => istGeschaeftstag("4.12.2026")).toThrow(RangeError);
  });

  it("finds the next business day across weekends and holidays", () => {
    expect(naechsterGeschaeftstag("2026-12-04")).toBe("2026-12-07"); // Fri → Mon
    expect(naechsterGeschaeftstag("2027-03-25")).toBe("2027-03-30"); // Thu before Easter → Tue after
    expect(naechsterGeschaeftstag("2026-12-24")).toBe("2026-12-28"); // Thu → Fri 25 closed, Sat, Sun → Mon
    expect(naechsterGeschaeftstag("2026-12-31")).toBe("2027-01-04"); // Thu → Fri 1 Jan closed → Mon
    expect(naechsterGeschaeftstag("2027-12-24")).toBe("2027-12-27"); // Fri → 25/26 on weekend → Mon
    expect(naechsterGeschaeftstag("2027-04-30")).toBe("2027-05-03"); // Fri, 1 May a Saturday
  });
});

describe("fruehesterFaelligkeitstag (CORE, D-1, pre-notification)", () => {
  it("with a pre-notification of 0 days: D-1 from the day the bank accepts the file", () => {
    // Thursday 25 March 2027, 10:00 in Berlin (CET, UTC+1), before the 14:00 cut-off.
    expect(faellig("2027-03-25T09:00:00Z", { vorabankuendigungTage: 0 })).toBe("2027-03-30");
    // After the cut-off: accepted on Tuesday 30 March, due Wednesday 31 March.
    expect(faellig("2027-03-25T14:30:00Z", { vorabankuendigungTage: 0 })).toBe("2027-03-31");
    // Friday before the cut-off → due Monday; after it → accepted Monday, due Tuesday.
    expect(faellig("2026-12-04T08:00:00Z", { vorabankuendigungTage: 0 })).toBe("2026-12-07");
    expect(faellig("2026-12-04T13:30:00Z", { vorabankuendigungTage: 0 })).toBe("2026-12-08");
    // Saturday: accepted Monday, due Tuesday.
    expect(faellig("2026-12-05T08:00:00Z", { vorabankuendigungTage: 0 })).toBe("2026-12-08");
  });

  it("uses the bank's local time for the cut-off (summer time, UTC+2)", () => {
    // 11:30 UTC on 1 June 2027 is 13:30 in Berlin: before a 14:00 cut-off…
    expect(faellig("2027-06-01T11:30:00Z", { vorabankuendigungTage: 0 })).toBe("2027-06-02");
    // …12:30 UTC is 14:30 in Berlin: after it.
    expect(faellig("2027-06-01T12:30:00Z", { vorabankuendigungTage: 0 })).toBe("2027-06-03");
    // A cut-off parameter of 09:00 moves the same moment to the next day.
    expect(
      faellig("2027-06-01T08:00:00Z", { vorabankuendigungTage: 0, annahmeschluss: "09:00" }),
    ).toBe("2027-06-03");
  });

  it("across Christmas and New Year", () => {
    // Wednesday 23 Dec 2026 after cut-off → accepted Thu 24 → due Mon 28.
    expect(faellig("2026-12-23T15:00:00Z", { vorabankuendigungTage: 0 })).toBe("2026-12-28");
    // Thursday 31 Dec 2026 after cut-off → accepted Mon 4 Jan → due Tue 5 Jan.
    expect(faellig("2026-12-31T15:00:00Z", { vorabankuendigungTage: 0 })).toBe("2027-01-05");
  });

  it("with the default 14-day pre-notification: 14 calendar days, then the next business day", () => {
    // Friday 12 March 2027 + 14 days = Good Friday 26 March → Tuesday 30 March.
    expect(faellig("2027-03-12T09:00:00Z")).toBe("2027-03-30");
    // Friday 11 Dec 2026 + 14 = Friday 25 Dec → Monday 28 Dec.
    expect(faellig("2026-12-11T09:00:00Z")).toBe("2026-12-28");
    // Friday 4 Dec 2026 + 14 = Friday 18 Dec (a business day).
    expect(faellig("2026-12-04T09:00:00Z")).toBe("2026-12-18");
    // A shorter agreed period (5 days) from a pre-notification sent earlier.
    expect(
      faellig("2026-12-04T09:00:00Z", {
        vorabankuendigungTage: 5,
        vorabankuendigungAm: "2026-12-01",
      }),
    ).toBe("2026-12-07");
  });

  it("refuses bad parameters with a clear error", () => {
    const r = fruehesterFaelligkeitstag({ einreichung: new Date("x"), annahmeschluss: "14:00" });
    expect(r).toMatchObject({ ok: false, fehler: { code: "faelligkeit.zeitpunkt" } });
    expect(
      fruehesterFaelligkeitstag({ einreichung: new Date(), annahmeschluss: "25:00" }),
    ).toMatchObject({
      ok: false,
      fehler: { code: "faelligkeit.annahmeschluss" },
    });
    expect(
      fruehesterFaelligkeitstag({
        einreichung: new Date(),
        annahmeschluss: "14:00",
        vorabankuendigungTage: -1,
      }),
    ).toMatchObject({ ok: false, fehler: { code: "faelligkeit.vorabankuendigung" } });
  });
});
