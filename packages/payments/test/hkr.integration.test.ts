import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { betragDeutsch, csvZelle, hkrExport, tagesbeginnInSachsen } from "../src/services/hkr.ts";
import { exportiereLastschriften } from "../src/services/kasse.ts";
import { create, refund, verbucheErgebnis } from "../src/services/zahlung.ts";
import {
  ANDERE_OE,
  lastschrift,
  OE,
  provider,
  richteKassenEin,
  ueberweisung,
} from "../src/testing.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  await richteKassenEin(db);
});
afterAll(() => drop());

const OES = [OE];

describe("helpers", () => {
  it("formats signed cents with a decimal comma", () => {
    expect(betragDeutsch(3070)).toBe("30,70");
    expect(betragDeutsch(-5)).toBe("-0,05");
    expect(betragDeutsch(-123456)).toBe("-1234,56");
  });

  it("quotes per RFC 4180 and neutralises formulas in text cells", () => {
    expect(csvZelle("Gebühr")).toBe("Gebühr");
    expect(csvZelle('a;b "c"')).toBe('"a;b ""c"""');
    expect(csvZelle("zwei\r\nZeilen")).toBe('"zwei\r\nZeilen"');
    expect(csvZelle('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const z of ["+1", "-1", "@SUM(A1)", "\tx", "\rx"])
      expect(csvZelle(z).replace(/^"/, "")).toMatch(/^'/);
    expect(csvZelle("-30,70", { zahl: true })).toBe("-30,70");
  });

  it("finds local midnight in winter and summer time", () => {
    expect(tagesbeginnInSachsen("2026-03-16").toISOString()).toBe("2026-03-15T23:00:00.000Z");
    expect(tagesbeginnInSachsen("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(tagesbeginnInSachsen("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(tagesbeginnInSachsen("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("haushaltsstelle", () => {
  it("is stored and returned; longer than 50 characters is refused", async () => {
    const r = await create(db, {
      amount: 100,
      description: "x",
      paymentMethodType: "bank_transfer",
      oeSchluessel: OE,
      haushaltsstelle: " 1.2.3.4.01/432100 ",
    });
    expect(r.ok && r.intent.haushaltsstelle).toBe("1.2.3.4.01/432100");
    const ohne = await create(db, {
      amount: 100,
      description: "x",
      paymentMethodType: "bank_transfer",
      oeSchluessel: OE,
    });
    expect(ohne.ok && ohne.intent.haushaltsstelle).toBeNull();
    expect(
      await create(db, {
        amount: 100,
        description: "x",
        paymentMethodType: "bank_transfer",
        oeSchluessel: OE,
        haushaltsstelle: "x".repeat(51),
      }),
    ).toMatchObject({ ok: false, fehler: "eingabe-ungueltig", feld: "haushaltsstelle" });
  });
});

describe("hkrExport", () => {
  it("one row per collection, return after export and refund of the day, as CSV for the finance system", async () => {
    // 16 March 2026 in Dresden = 15 March 23:00 UTC to 16 March 23:00 UTC.
    const amTag = (uhrzeit: string) => new Date(`2026-03-16T${uhrzeit}Z`);
    const bezahlt = await lastschrift(db, { haushaltsstelle: "1.2.2.01.432100" });
    const zurueck = await lastschrift(db, { amount: 1250, haushaltsstelle: "1.2.2.01.432100" });
    const amVortag = await lastschrift(db, { amount: 999 });
    // Returned straight from the batch, before it was booked collected: no money moved, no row.
    const direkt = await lastschrift(db, { amount: 555 });
    const formel = await create(db, {
      amount: 4500,
      description: '=HYPERLINK("http://boese.example";"Klick"); Gebühr',
      paymentMethodType: "bank_transfer",
      oeSchluessel: OE,
      haushaltsstelle: "+49",
    });
    if (!formel.ok) throw new Error(formel.meldung.de);
    const fremd = await ueberweisung(db, { oe: ANDERE_OE });
    const ex = await exportiereLastschriften(db, {
      oes: OES,
      oeSchluessel: OE,
      vonKontoId: "k",
      jetzt: new Date("2026-03-05T08:00:00Z"),
    });
    expect(ex.ok).toBe(true);
    // A debit refused before it was exported moved no money: no row.
    const vorExport = await lastschrift(db, { amount: 777 });

    const buche = async (id: string, ergebnis: "succeeded" | "failed", jetzt: Date) => {
      const r = await verbucheErgebnis(db, {
        id,
        ergebnis,
        ...(ergebnis === "failed" ? { grund: { code: "MD06" } } : {}),
        jetzt,
      });
      if (!r.ok) throw new Error(r.meldung.de);
    };
    await buche(bezahlt.id, "succeeded", amTag("08:00:00"));
    // Collected, then taken back by the payer's bank (MD06): one row in, one row out.
    await buche(zurueck.id, "succeeded", amTag("08:30:00"));
    await buche(zurueck.id, "failed", amTag("09:00:00"));
    await buche(direkt.id, "failed", amTag("09:15:00"));
    await buche(vorExport.id, "failed", amTag("09:30:00"));
    await buche(formel.intent.id, "succeeded", amTag("10:00:00"));
    await buche(fremd.id, "succeeded", amTag("10:00:00"));
    // 15 March 23:30 in Dresden is the day before; the refund at 16 March 23:30 is still this day.
    await buche(amVortag.id, "succeeded", new Date("2026-03-15T22:30:00Z"));
    const t1 = await refund(db, {
      id: formel.intent.id,
      amount: 1000,
      provider,
      jetzt: amTag("12:00:00"),
    });
    const t2 = await refund(db, { id: formel.intent.id, provider, jetzt: amTag("22:30:00") });
    expect(t1.ok && t2.ok).toBe(true);

    const r = await hkrExport(db, { oes: OES, oeSchluessel: OE, tag: "2026-03-16" });
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.dateiname).toBe("hkr_gv-14612000_2026-03-16.csv");
    expect(r.zeilen).toBe(6);
    expect(
      r.csv.startsWith(
        "\uFEFFBuchungstag;Behoerde;Kassenzeichen;Haushaltsstelle;Buchungsart;Betrag;Zahlungsart;Beschreibung;Zahlungs-ID;Buchungs-ID\r\n",
      ),
    ).toBe(true);
    expect(r.csv.endsWith("\r\n")).toBe(true);
    expect(r.csv.replaceAll("\r\n", "")).not.toContain("\n");
    const zeilen = r.csv.slice(1).split("\r\n").slice(1, -1);
    const spalten = zeilen.map((z) => z.split(";").slice(0, 7));
    expect(spalten).toEqual([
      [
        "16.03.2026",
        OE,
        bezahlt.kassenzeichen,
        "1.2.2.01.432100",
        "EINZAHLUNG",
        "30,70",
        "LASTSCHRIFT",
      ],
      [
        "16.03.2026",
        OE,
        zurueck.kassenzeichen,
        "1.2.2.01.432100",
        "EINZAHLUNG",
        "12,50",
        "LASTSCHRIFT",
      ],
      [
        "16.03.2026",
        OE,
        zurueck.kassenzeichen,
        "1.2.2.01.432100",
        "RUECKLASTSCHRIFT",
        "-12,50",
        "LASTSCHRIFT",
      ],
      [
        "16.03.2026",
        OE,
        formel.intent.kassenzeichen,
        "'+49",
        "EINZAHLUNG",
        "45,00",
        "UEBERWEISUNG",
      ],
      [
        "16.03.2026",
        OE,
        formel.intent.kassenzeichen,
        "'+49",
        "ERSTATTUNG",
        "-10,00",
        "UEBERWEISUNG",
      ],
      [
        "16.03.2026",
        OE,
        formel.intent.kassenzeichen,
        "'+49",
        "ERSTATTUNG",
        "-35,00",
        "UEBERWEISUNG",
      ],
    ]);
    // The description with a formula and a separator is quoted and prefixed.
    expect(zeilen[3]).toContain('"\'=HYPERLINK(""http://boese.example"";""Klick""); Gebühr"');
    expect(zeilen[0]).toContain(`;${bezahlt.id};`);
    expect(r.csv).not.toContain(fremd.kassenzeichen);
    expect(r.csv).not.toContain(vorExport.kassenzeichen);
    expect(r.csv).not.toContain(direkt.kassenzeichen);
    expect(r.csv).not.toContain(amVortag.kassenzeichen);

    const vortag = await hkrExport(db, { oes: OES, oeSchluessel: OE, tag: "2026-03-15" });
    expect(vortag.ok && vortag.zeilen).toBe(1);
    expect(vortag.ok && vortag.csv).toContain(amVortag.kassenzeichen);
  });

  it("an empty day gives the header only; a bad day or another authority is refused", async () => {
    const leer = await hkrExport(db, { oes: OES, oeSchluessel: OE, tag: "2025-01-01" });
    expect(leer).toMatchObject({ ok: true, zeilen: 0 });
    expect(leer.ok && leer.csv.split("\r\n")).toHaveLength(2);
    expect(await hkrExport(db, { oes: OES, oeSchluessel: OE, tag: "2026-02-30" })).toMatchObject({
      ok: false,
      fehler: "eingabe-ungueltig",
      feld: "tag",
    });
    expect(
      await hkrExport(db, { oes: OES, oeSchluessel: ANDERE_OE, tag: "2026-03-16" }),
    ).toMatchObject({
      ok: false,
      fehler: "keine-kassendaten",
    });
  });
});
