import { erstelleEingangsbestaetigung } from "@portal/beleg/server";
import { textAusPdf } from "@portal/beleg/testing";
import type { Gebuehr } from "@portal/forms/types";
import type { PaymentIntent } from "@portal/payments/server";
import { describe, expect, it } from "vitest";
import { zahlungTexte } from "@/i18n/zahlung";
import {
  erlaubteZahlungsart,
  ersteZahlungsart,
  gebuehrSchluessel,
  gebuehrVorEinreichung,
  geplanterEinzug,
  ibanInGruppen,
  mandatsreferenzVon,
  ueberweisungSchluessel,
  zahlungsangaben,
  zahlungsZeilen,
} from "./zahlung";

const GEBUEHR: Gebuehr = {
  betragCent: 3070,
  bezeichnung: { de: "Gebühr Bewohnerparkausweis (ein Jahr)", en: "Fee" },
  zeitpunkt: "vor-einreichung",
  zahlungsarten: ["sepa_debit", "bank_transfer"],
};

function intent(teil: Partial<PaymentIntent>): PaymentIntent {
  return {
    id: "pi_1",
    object: "payment_intent",
    amount: 3070,
    amountReceived: 0,
    amountRefunded: 0,
    currency: "EUR",
    description: "Gebühr",
    metadata: {},
    haushaltsstelle: null,
    kassenzeichen: "2026-0001-000001-55",
    remittanceText: "2026-0001-000001-55 Gebuehr",
    status: "processing",
    paymentMethodType: "sepa_debit",
    oeSchluessel: "oe:1",
    nextAction: null,
    lastPaymentError: null,
    cancellationReason: null,
    created: new Date(),
    updated: new Date(),
    ...teil,
  };
}

describe("the fee policy in the runner", () => {
  it("asks before submission only for 'vor-einreichung'", () => {
    const def = { gebuehr: GEBUEHR } as Parameters<typeof gebuehrVorEinreichung>[0];
    expect(gebuehrVorEinreichung(def)).toBe(GEBUEHR);
    expect(
      gebuehrVorEinreichung({
        gebuehr: { ...GEBUEHR, zeitpunkt: "nach-entscheidung" },
      } as Parameters<typeof gebuehrVorEinreichung>[0]),
    ).toBeNull();
    expect(gebuehrVorEinreichung({} as Parameters<typeof gebuehrVorEinreichung>[0])).toBeNull();
  });

  it("preselects the debit where allowed and accepts only allowed methods", () => {
    expect(ersteZahlungsart(GEBUEHR)).toBe("sepa_debit");
    expect(ersteZahlungsart({ ...GEBUEHR, zahlungsarten: ["bank_transfer"] })).toBe(
      "bank_transfer",
    );
    expect(erlaubteZahlungsart(GEBUEHR, "bank_transfer")).toBe("bank_transfer");
    expect(
      erlaubteZahlungsart({ ...GEBUEHR, zahlungsarten: ["bank_transfer"] }, "sepa_debit"),
    ).toBe(null);
    expect(erlaubteZahlungsart(GEBUEHR, "card")).toBeNull();
    expect(erlaubteZahlungsart(GEBUEHR, undefined)).toBeNull();
  });

  it("derives idempotency keys from the draft (per method, authority and fee) and the failed intent", () => {
    const fuer = { oeSchluessel: "oe:1", betragCent: 3070, beschreibung: "Gebühr" };
    const k = gebuehrSchluessel("e1", "sepa_debit", fuer);
    expect(k).toMatch(/^antrag-gebuehr:e1:sepa_debit:[0-9a-f]{16}$/);
    expect(gebuehrSchluessel("e1", "sepa_debit", fuer)).toBe(k);
    expect(gebuehrSchluessel("e1", "bank_transfer", fuer)).not.toBe(k);
    expect(gebuehrSchluessel("e1", "sepa_debit", { ...fuer, oeSchluessel: "oe:2" })).not.toBe(k);
    expect(gebuehrSchluessel("e1", "sepa_debit", { ...fuer, betragCent: 1020 })).not.toBe(k);
    expect(k.length).toBeLessThanOrEqual(255);
    expect(ueberweisungSchluessel("a1", "pi_9")).toBe("antrag-ueberweisung:a1:pi_9");
    expect(mandatsreferenzVon("2026-0001-000001-55")).toBe("M-2026-0001-000001-55");
  });

  it("plans the collection on a TARGET2 business day at least 14 days ahead", () => {
    // Friday 11 Dec 2026, 10:00 Berlin: 14 days is Friday 25 Dec (TARGET2 holiday), then 26 Dec
    // (Saturday; 26 Dec is a holiday too), so Monday 28 Dec.
    expect(geplanterEinzug(new Date("2026-12-11T09:00:00Z"))).toBe("2026-12-28");
    // Monday 1 June 2026: 14 days later, Monday 15 June.
    expect(geplanterEinzug(new Date("2026-06-01T08:00:00Z"))).toBe("2026-06-15");
  });
});

describe("how a payment reads", () => {
  it("a debit on its way: mandate, creditor, masked IBAN and the planned date", () => {
    const a = zahlungsangaben(
      intent({
        nextAction: {
          type: "sepa_debit",
          mandatsreferenz: "M-2026-0001-000001-55",
          glaeubigerId: "DE98ZZZ09999999999",
          faelligAm: "2026-12-28",
          iban: "DE89 **** 3000",
          kontoinhaber: "Erika Mustermann",
        },
      }),
    );
    expect(a.lastschrift).toEqual({
      mandatsreferenz: "M-2026-0001-000001-55",
      glaeubigerId: "DE98ZZZ09999999999",
      faelligAm: "2026-12-28",
      iban: "DE89 **** 3000",
    });
    const zeilen = zahlungsZeilen(a, "de");
    expect(zeilen).toContainEqual({ label: "Zahlungsart", wert: "SEPA-Lastschrift" });
    expect(zeilen).toContainEqual({ label: "Betrag", wert: "30,70\u00a0€" });
    expect(zeilen).toContainEqual({ label: "Stand der Zahlung", wert: "In Bearbeitung" });
    expect(zeilen).toContainEqual({ label: "Konto", wert: "DE89 **** 3000" });
    expect(zeilen.map((z) => z.wert)).toContain(
      "Die Lastschrift wird voraussichtlich am 28. Dezember 2026 eingezogen.",
    );
    // Never the account holder's full IBAN or name.
    expect(JSON.stringify(zeilen)).not.toContain("Erika");
  });

  it("a transfer: the authority's account and the Kassenzeichen as remittance; none known, a note", () => {
    const mitKonto = zahlungsZeilen(
      zahlungsangaben(
        intent({
          paymentMethodType: "bank_transfer",
          nextAction: {
            type: "bank_transfer",
            kassenzeichen: "2026-0001-000001-55",
            verwendungszweck: "2026-0001-000001-55 Gebuehr",
            empfaenger: { kontoinhaber: "Stadtkasse Dresden", iban: "DE02120300000000202051" },
          },
        }),
      ),
      "en",
    );
    expect(mitKonto).toContainEqual({
      label: "Account of the authority",
      wert: "Stadtkasse Dresden, IBAN DE02 1203 0000 0000 2020 51",
    });
    expect(mitKonto).toContainEqual({ label: "Payment reference", wert: "2026-0001-000001-55" });
    const ohne = zahlungsZeilen(
      zahlungsangaben(intent({ paymentMethodType: "bank_transfer", nextAction: {} })),
      "de",
    );
    expect(ohne.find((z) => z.label === "Konto der Behörde")?.wert).toMatch(/Kassenzeichen/);
  });

  it("a failed debit: the reason in words", () => {
    const a = zahlungsangaben(
      intent({ status: "failed", lastPaymentError: { code: "MD06" }, nextAction: {} }),
    );
    expect(a.grund?.code).toBe("MD06");
    expect(zahlungsZeilen(a, "de")).toContainEqual({
      label: "Die Zahlung ist fehlgeschlagen.",
      wert: "Der Kontoinhaber hat die Lastschrift bei seiner Bank zurückgeben lassen (Erstattungsverlangen).",
    });
  });

  it("groups an IBAN in fours", () => {
    expect(ibanInGruppen("de02120300000000202051".toUpperCase())).toBe(
      "DE02 1203 0000 0000 2020 51",
    );
  });
});

describe("the receipt's payment section", () => {
  it("prints the debit's mandate, masked IBAN and planned date into the PDF", async () => {
    const a = zahlungsangaben(
      intent({
        nextAction: {
          type: "sepa_debit",
          mandatsreferenz: "M-2026-0001-000001-55",
          glaeubigerId: "DE98ZZZ09999999999",
          faelligAm: "2026-12-28",
          iban: "DE89 **** 3000",
        },
      }),
    );
    const pdf = await erstelleEingangsbestaetigung({
      aktenzeichen: "BPA-2026-000001",
      leistung: { de: "Bewohnerparkausweis beantragen", en: "Apply for a parking permit" },
      behoerde: { name: "Straßenverkehrsbehörde Dresden" },
      eingegangenAm: new Date("2026-12-07T09:00:00Z"),
      abschnitte: [{ titel: zahlungTexte("de").zahlungTitel, zeilen: zahlungsZeilen(a, "de") }],
      anlagen: [],
      lang: "de",
    });
    const text = (await textAusPdf(pdf)).text.replace(/\s+/g, " ");
    for (const teil of [
      "SEPA-Lastschrift",
      "30,70",
      "2026-0001-000001-55",
      "M-2026-0001-000001-55",
      "DE98ZZZ09999999999",
      "DE89 **** 3000",
      "28. Dezember 2026",
    ])
      expect(text).toContain(teil);
  });
});
