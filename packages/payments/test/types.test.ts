import { describe, expect, it } from "vitest";
import { istGlaeubigerId, maskiereIban, tagInSachsen } from "../src/services/sepa-anbieter.ts";
import {
  darfWechseln,
  ereignisFuer,
  erstelleSchema,
  formatiereKassenzeichen,
  inSepaZeichen,
  istEndzustand,
  istKassenzeichen,
  jahrInSachsen,
  MELDUNGEN,
  meldungFuer,
  UEBERGAENGE,
  unzulaessigeZeichen,
  ZAHLUNGSSTATUS,
} from "../src/types.ts";

describe("the status machine", () => {
  it("runs requires_payment_method → requires_confirmation → processing → succeeded | failed", () => {
    expect(darfWechseln("requires_payment_method", "requires_confirmation")).toBe(true);
    expect(darfWechseln("requires_confirmation", "processing")).toBe(true);
    expect(darfWechseln("processing", "succeeded")).toBe(true);
    expect(darfWechseln("processing", "failed")).toBe(true);
  });

  it("cancels only before confirmation", () => {
    expect(darfWechseln("requires_payment_method", "canceled")).toBe(true);
    expect(darfWechseln("requires_confirmation", "canceled")).toBe(true);
    expect(darfWechseln("processing", "canceled")).toBe(false);
    expect(darfWechseln("succeeded", "canceled")).toBe(false);
  });

  it("refunds only what was collected, in parts", () => {
    expect(darfWechseln("succeeded", "partially_refunded")).toBe(true);
    expect(darfWechseln("partially_refunded", "partially_refunded")).toBe(true);
    expect(darfWechseln("partially_refunded", "refunded")).toBe(true);
    expect(darfWechseln("processing", "refunded")).toBe(false);
    expect(darfWechseln("failed", "refunded")).toBe(false);
  });

  it("skips no step and has final states", () => {
    expect(darfWechseln("requires_payment_method", "processing")).toBe(false);
    expect(darfWechseln("requires_payment_method", "succeeded")).toBe(false);
    // A collected debit can still be returned (the payer objects: MD06).
    expect(darfWechseln("succeeded", "failed")).toBe(true);
    expect(ZAHLUNGSSTATUS.filter(istEndzustand)).toEqual(["failed", "canceled", "refunded"]);
  });

  it("names only known states, and an event for every state one can change into", () => {
    for (const [von, nach] of Object.entries(UEBERGAENGE)) {
      expect(ZAHLUNGSSTATUS).toContain(von);
      for (const n of nach) {
        expect(ZAHLUNGSSTATUS).toContain(n);
        expect(ereignisFuer(n)).toMatch(/^payment_intent\./u);
      }
    }
    expect(ereignisFuer("failed")).toBe("payment_intent.payment_failed");
  });
});

describe("Kassenzeichen", () => {
  it("is year, authority, counter and two check digits", () => {
    const kz = formatiereKassenzeichen(2026, 3, 123);
    expect(kz).toMatch(/^2026-0003-000123-\d{2}$/u);
    expect(istKassenzeichen(kz)).toBe(true);
  });

  it("notices a typo", () => {
    const kz = formatiereKassenzeichen(2026, 3, 123);
    expect(istKassenzeichen(kz.replace("000123", "000132"))).toBe(false);
    expect(istKassenzeichen(kz.replace("0003", "0004"))).toBe(false);
    expect(istKassenzeichen("2026-0003-000123")).toBe(false);
  });

  it("counts New Year's night in Saxony in the new year", () => {
    expect(jahrInSachsen(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(tagInSachsen(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("the SEPA character set", () => {
  it("lists what is not allowed, each once", () => {
    expect(unzulaessigeZeichen("Gebühr für Müller € €")).toEqual(["ü", "€"]);
    expect(unzulaessigeZeichen("Bewohnerparkausweis 2026/1 (Zone A), Nr. 5+6 ?:'.-")).toEqual([]);
  });

  it("spells out umlauts for a text the portal writes itself", () => {
    expect(inSepaZeichen("Gebühr für Bewohnerparkausweis – Straße & Café")).toBe(
      "Gebuehr fuer Bewohnerparkausweis - Strasse + Cafe",
    );
    expect(inSepaZeichen("€ 5 ☃")).toBe("5");
  });
});

describe("amounts", () => {
  const basis = { description: "Gebühr", paymentMethodType: "sepa_debit", oeSchluessel: "oe:x" };
  it.each([
    [0, "größer als 0"],
    [-100, "größer als 0"],
    [30.7, "ganzen Cent"],
    [100_000_000, "höchstens"],
    [Number.NaN, "Zahl"],
  ])("refuses %s", (amount, meldung) => {
    const r = erstelleSchema.safeParse({ ...basis, amount });
    expect(r.success).toBe(false);
    expect(meldungFuer(r.error?.issues[0]).de).toContain(meldung);
  });

  it("every message has German and English", () => {
    for (const m of Object.values(MELDUNGEN)) {
      expect(m.de.length).toBeGreaterThan(10);
      expect(m.en.length).toBeGreaterThan(10);
      expect(m.en).not.toBe(m.de);
    }
  });

  it("takes integer cents in EUR only", () => {
    expect(erstelleSchema.safeParse({ ...basis, amount: 3070 }).data?.currency).toBe("EUR");
    expect(erstelleSchema.safeParse({ ...basis, amount: 3070, currency: "USD" }).success).toBe(
      false,
    );
  });
});

// DE98ZZZ09999999999 is the Bundesbank's published example; the SEPA module's tests carry the
// many-country examples (issue 10), this guards only the provider's configuration.
describe("creditor identifier", () => {
  it.each(["DE98ZZZ09999999999", "de98 zzz 09999999999", "AT61ZZZ01234567890"])(
    "accepts %s",
    (id) => expect(istGlaeubigerId(id)).toBe(true),
  );
  it.each(["DE99ZZZ09999999999", "DE98ZZZ0999999999X9", "ZZZ09999999999", ""])("refuses %s", (id) =>
    expect(istGlaeubigerId(id)).toBe(false),
  );
  it("masks an IBAN for the receipt", () => {
    expect(maskiereIban("DE89370400440532013000")).toBe("DE89 **** 3000");
  });
});
