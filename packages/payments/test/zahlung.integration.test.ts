import { createDb, type Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kasseKonto, paymentEvent, paymentIntent, sepaMandat } from "../src/schema.ts";
import { loescheAlteIdempotenzschluessel } from "../src/services/idempotenz.ts";
import { lokalerSepaAnbieter } from "../src/services/sepa-anbieter.ts";
import {
  cancel,
  confirm,
  create,
  list,
  listEvents,
  refund,
  retrieve,
  verbucheErgebnis,
} from "../src/services/zahlung.ts";
import {
  istKassenzeichen,
  type PaymentIntent,
  type PaymentProvider,
  type Zahlungsmittel,
} from "../src/types.ts";

let db: Database;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase(inject("adminUrl")));
  // The authority's cash-office settings, which the local SEPA provider reads.
  await db.insert(kasseKonto).values({
    oeSchluessel: OE,
    glaeubigerId: "DE98ZZZ09999999999",
    kontoinhaber: "Stadt Dresden",
    iban: "DE02120300000000202051",
    bic: "BYLADEM1001",
    lastschrift: true,
    ueberweisung: true,
  });
});
afterAll(() => drop());

const OE = "oe:stadt-dresden-strassenverkehr";
const provider = lokalerSepaAnbieter();
const LASTSCHRIFT: Zahlungsmittel = {
  type: "sepa_debit",
  kontoinhaber: "Erika Mustermann",
  iban: "de89 3704 0044 0532 0130 00",
};
const JETZT = new Date("2026-03-02T10:00:00Z");

async function neu(extra: Partial<Parameters<typeof create>[1]> = {}): Promise<PaymentIntent> {
  const r = await create(db, {
    amount: 3070,
    description: "Bewohnerparkausweis Zone Äußere Neustadt",
    paymentMethodType: "sepa_debit",
    oeSchluessel: OE,
    metadata: { antrag: "MB-2026-000001" },
    jetzt: JETZT,
    ...extra,
  });
  if (!r.ok) throw new Error(r.meldung.de);
  return r.intent;
}

async function bezahlt(amount = 3070) {
  const intent = await neu({ amount });
  const c = await confirm(db, {
    id: intent.id,
    zahlungsmittel: LASTSCHRIFT,
    provider,
    jetzt: JETZT,
  });
  expect(c.ok).toBe(true);
  const v = await verbucheErgebnis(db, { id: intent.id, ergebnis: "succeeded" });
  if (!v.ok) throw new Error(v.meldung.de);
  return v.intent;
}

const typen = async (id: string) => {
  const r = await listEvents(db, { id });
  if (!r.ok) throw new Error(r.meldung.de);
  return r.data.map((e) => e.type);
};

describe("create", () => {
  it("stores an intent with a Kassenzeichen, a SEPA remittance text and an event", async () => {
    const intent = await neu();
    expect(intent).toMatchObject({
      object: "payment_intent",
      amount: 3070,
      currency: "EUR",
      status: "requires_payment_method",
      amountReceived: 0,
      amountRefunded: 0,
      metadata: { antrag: "MB-2026-000001" },
    });
    expect(intent.id).toMatch(/^pi_[0-9a-f]{24}$/u);
    expect(istKassenzeichen(intent.kassenzeichen)).toBe(true);
    expect(intent.kassenzeichen.startsWith("2026-")).toBe(true);
    expect(intent.remittanceText).toBe(
      `${intent.kassenzeichen} Bewohnerparkausweis Zone Aeussere Neustadt`,
    );
    expect(await typen(intent.id)).toEqual(["payment_intent.created"]);
    const r = await retrieve(db, { id: intent.id });
    expect(r.ok && r.intent).toEqual(intent);
  });

  it("numbers per authority and year; another authority gets its own number", async () => {
    const a = await neu();
    const b = await neu();
    const c = await neu({ oeSchluessel: "oe:stadt-leipzig" });
    const [, kreisA, wertA] = a.kassenzeichen.split("-");
    const [, kreisB, wertB] = b.kassenzeichen.split("-");
    const [, kreisC, wertC] = c.kassenzeichen.split("-");
    expect(kreisB).toBe(kreisA);
    expect(Number(wertB)).toBe(Number(wertA) + 1);
    expect(kreisC).not.toBe(kreisA);
    expect(wertC).toBe("000001");
    const naechstesJahr = await neu({ jetzt: new Date("2027-01-05T10:00:00Z") });
    expect(naechstesJahr.kassenzeichen).toMatch(new RegExp(`^2027-${kreisA}-000001-`, "u"));
  });

  it("parallel creates of one authority get distinct, consecutive numbers", async () => {
    const oe = `oe:parallel-${Math.random()}`;
    const parallel = createDb(url, { max: 10 });
    try {
      const ergebnisse = await Promise.all(
        Array.from({ length: 30 }, () =>
          create(parallel, {
            amount: 100,
            description: "Gebühr",
            paymentMethodType: "sepa_debit",
            oeSchluessel: oe,
          }),
        ),
      );
      const werte = ergebnisse.map((r) =>
        r.ok ? Number(r.intent.kassenzeichen.split("-")[2]) : 0,
      );
      expect(werte.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    } finally {
      await parallel.$client.end();
    }
  });

  it("prepends the Kassenzeichen to the caller's remittance text; a bank transfer awaits confirmation", async () => {
    const intent = await neu({
      remittanceText: "Parkausweis B-123",
      paymentMethodType: "bank_transfer",
    });
    expect(intent.remittanceText).toBe(`${intent.kassenzeichen} Parkausweis B-123`);
    expect(intent.status).toBe("requires_confirmation");
  });

  it.each([
    [{ amount: 0 }, "eingabe-ungueltig", "größer als 0"],
    [{ amount: -5 }, "eingabe-ungueltig", "größer als 0"],
    [{ amount: 30.705 }, "eingabe-ungueltig", "ganzen Cent"],
    [{ amount: 100_000_000 }, "eingabe-ungueltig", "höchstens"],
    [{ currency: "USD" as "EUR" }, "eingabe-ungueltig", "Euro"],
    [{ paymentMethodType: "card" as "sepa_debit" }, "eingabe-ungueltig", "Zahlungsart"],
    [{ remittanceText: "Gebühr für Müller" }, "verwendungszweck-ungueltig", "„ü“"],
    [{ remittanceText: "x".repeat(121) }, "eingabe-ungueltig", "120 Zeichen"],
    [{ description: " " }, "eingabe-ungueltig", "Beschreibung"],
    [
      { metadata: { a: { tief: 1 } } as unknown as Record<string, string> },
      "eingabe-ungueltig",
      "Metadaten",
    ],
  ])("refuses %j without storing anything", async (extra, code, meldung) => {
    const [vorher] = await db.select({ n: count() }).from(paymentIntent);
    const r = await create(db, {
      amount: 3070,
      description: "Gebühr",
      paymentMethodType: "sepa_debit",
      oeSchluessel: OE,
      ...extra,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fehler).toBe(code);
    expect(r.meldung.de).toContain(meldung);
    const [nachher] = await db.select({ n: count() }).from(paymentIntent);
    expect(nachher?.n).toBe(vorher?.n);
  });

  it("an unknown id is unknown", async () => {
    expect(await retrieve(db, { id: "pi_nichtda" })).toMatchObject({
      ok: false,
      fehler: "unbekannt",
    });
    const fremd = await neu();
    expect(await retrieve(db, { id: fremd.id, oes: ["oe:andere"] })).toMatchObject({
      ok: false,
      fehler: "unbekannt",
    });
  });
});

describe("idempotency", () => {
  it("the same key and body return the same result; another body is a conflict", async () => {
    const key = `create-${Math.random()}`;
    const eingabe = {
      amount: 1500,
      description: "Führungszeugnis",
      paymentMethodType: "sepa_debit" as const,
      oeSchluessel: OE,
      idempotencyKey: key,
    };
    const erste = await create(db, eingabe);
    const zweite = await create(db, eingabe);
    expect(erste.ok && zweite.ok).toBe(true);
    expect(zweite).toEqual(erste);
    const anders = await create(db, { ...eingabe, amount: 1600 });
    expect(anders).toMatchObject({ ok: false, fehler: "idempotenz-konflikt" });
    const [n] = await db
      .select({ n: count() })
      .from(paymentIntent)
      .where(eq(paymentIntent.description, "Führungszeugnis"));
    expect(n?.n).toBe(1);
  });

  it("a refused request does not use up the key", async () => {
    const key = `create-${Math.random()}`;
    const basis = { description: "X", paymentMethodType: "sepa_debit" as const, oeSchluessel: OE };
    // Refused before the key is claimed: the same key may carry the corrected request.
    expect((await create(db, { ...basis, amount: 0, idempotencyKey: key })).ok).toBe(false);
    expect((await create(db, { ...basis, amount: 100, idempotencyKey: key })).ok).toBe(true);
  });

  it("50 parallel creates with one key make exactly one intent", async () => {
    const parallel = createDb(url, { max: 20 });
    try {
      const key = `parallel-${Math.random()}`;
      const ergebnisse = await Promise.all(
        Array.from({ length: 50 }, () =>
          create(parallel, {
            amount: 3070,
            description: "Parallel",
            paymentMethodType: "sepa_debit",
            oeSchluessel: OE,
            idempotencyKey: key,
          }),
        ),
      );
      const ids = new Set(ergebnisse.map((r) => (r.ok ? r.intent.id : r.fehler)));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toMatch(/^pi_/u);
      const [n] = await db
        .select({ n: count() })
        .from(paymentIntent)
        .where(eq(paymentIntent.description, "Parallel"));
      expect(n?.n).toBe(1);
    } finally {
      await parallel.$client.end();
    }
  });

  it("a refund with a key is made once", async () => {
    const intent = await bezahlt();
    const key = `refund-${Math.random()}`;
    const a = await refund(db, { id: intent.id, amount: 1000, provider, idempotencyKey: key });
    const b = await refund(db, { id: intent.id, amount: 1000, provider, idempotencyKey: key });
    expect(b).toEqual(a);
    const r = await retrieve(db, { id: intent.id });
    expect(r.ok && r.intent.amountRefunded).toBe(1000);
  });

  it("old keys are deleted", async () => {
    await create(db, {
      amount: 100,
      description: "Alt",
      paymentMethodType: "sepa_debit",
      oeSchluessel: OE,
      idempotencyKey: `alt-${Math.random()}`,
      jetzt: new Date("2020-01-01T00:00:00Z"),
    });
    expect(
      await loescheAlteIdempotenzschluessel(db, { vor: new Date("2021-01-01") }),
    ).toBeGreaterThan(0);
  });
});

describe("confirm", () => {
  it("a direct debit stores the mandate and waits for the batch (processing)", async () => {
    const intent = await neu();
    const r = await confirm(db, {
      id: intent.id,
      zahlungsmittel: LASTSCHRIFT,
      provider,
      jetzt: JETZT,
    });
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.intent.status).toBe("processing");
    expect(r.intent.nextAction).toEqual({
      type: "sepa_debit",
      mandatsreferenz: `M-${intent.kassenzeichen}`,
      glaeubigerId: "DE98ZZZ09999999999",
      // 14 days after Monday 2 March 2026 is Monday 16 March.
      faelligAm: "2026-03-16",
      iban: "DE89 **** 3000",
      kontoinhaber: "Erika Mustermann",
    });
    const [mandat] = await db.select().from(sepaMandat).where(eq(sepaMandat.intentId, intent.id));
    expect(mandat).toMatchObject({
      referenz: `M-${intent.kassenzeichen}`,
      iban: "DE89370400440532013000",
      sequenztyp: "OOFF",
      unterschriebenAm: "2026-03-02",
      faelligAm: "2026-03-16",
    });
    const verlauf = await listEvents(db, { id: intent.id });
    expect(verlauf.ok && verlauf.data.map((e) => [e.type, e.data])).toEqual([
      [
        "payment_intent.created",
        { status: "requires_payment_method", amount: 3070, kassenzeichen: intent.kassenzeichen },
      ],
      [
        "payment_intent.requires_confirmation",
        { von: "requires_payment_method", nach: "requires_confirmation" },
      ],
      [
        "payment_intent.processing",
        { von: "requires_confirmation", nach: "processing", nextAction: "sepa_debit" },
      ],
    ]);
  });

  it("a bank transfer waits for the credit, with the instructions", async () => {
    const intent = await neu({ paymentMethodType: "bank_transfer" });
    const r = await confirm(db, { id: intent.id, provider });
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.intent.status).toBe("processing");
    expect(r.intent.nextAction).toMatchObject({
      type: "bank_transfer",
      kassenzeichen: intent.kassenzeichen,
      verwendungszweck: intent.remittanceText,
      amount: 3070,
    });
    expect(await typen(intent.id)).toEqual(["payment_intent.created", "payment_intent.processing"]);
  });

  it.each([
    [{ ...LASTSCHRIFT, iban: "DE89370400440532013001" }, "Prüfziffer", "iban"],
    [{ ...LASTSCHRIFT, iban: "DE8937040044053201300" }, "Länge", "iban"],
    [{ ...LASTSCHRIFT, iban: "XX89370400440532013000" }, "Länderkennzeichen", "iban"],
    [{ ...LASTSCHRIFT, iban: "BR1800360305000010009795493C1" }, "SEPA-Raum", "iban"],
    [{ ...LASTSCHRIFT, bic: "XYZ" }, "BIC", "bic"],
    [{ ...LASTSCHRIFT, kontoinhaber: " " }, "Kontoinhaber", "kontoinhaber"],
  ])("refuses bad account data, changing nothing: %j", async (zahlungsmittel, meldung, feld) => {
    const intent = await neu();
    const r = await confirm(db, { id: intent.id, zahlungsmittel, provider });
    expect(r).toMatchObject({ ok: false, fehler: "zahlungsmittel-ungueltig", feld });
    expect(!r.ok && r.meldung.de).toContain(meldung);
    expect(!r.ok && r.meldung.en.length).toBeGreaterThan(10);
    const danach = await retrieve(db, { id: intent.id });
    expect(danach.ok && danach.intent.status).toBe("requires_payment_method");
    expect(await typen(intent.id)).toEqual(["payment_intent.created"]);
  });

  it("refuses a debit without account data, a wrong method, and an authority without creditor id", async () => {
    const intent = await neu();
    expect(await confirm(db, { id: intent.id, provider })).toMatchObject({
      fehler: "zahlungsmittel-fehlt",
    });
    expect(
      await confirm(db, { id: intent.id, zahlungsmittel: { type: "bank_transfer" }, provider }),
    ).toMatchObject({ fehler: "zahlungsmittel-ungueltig" });
    const leipzig = await neu({ oeSchluessel: "oe:stadt-leipzig" });
    expect(
      await confirm(db, { id: leipzig.id, zahlungsmittel: LASTSCHRIFT, provider }),
    ).toMatchObject({ ok: false, fehler: "anbieter-abgelehnt" });
    expect(await typen(leipzig.id)).toEqual(["payment_intent.created"]);
  });

  it("a confirmed intent confirmed again is returned as it is; a canceled one is refused", async () => {
    const intent = await neu();
    const a = await confirm(db, { id: intent.id, zahlungsmittel: LASTSCHRIFT, provider });
    const b = await confirm(db, { id: intent.id, zahlungsmittel: LASTSCHRIFT, provider });
    expect(b).toEqual(a);
    const storniert = await neu();
    await cancel(db, { id: storniert.id });
    expect(
      await confirm(db, { id: storniert.id, zahlungsmittel: LASTSCHRIFT, provider }),
    ).toMatchObject({ ok: false, fehler: "ungueltiger-uebergang" });
  });

  it("50 parallel confirms of one intent make one mandate and one state change", async () => {
    const intent = await neu();
    const aufrufe = { n: 0 };
    const zaehlend: PaymentProvider = {
      bereiteVor: (tx, auftrag) => {
        aufrufe.n++;
        return provider.bereiteVor(tx, auftrag);
      },
      erstatte: (tx, auftrag) => provider.erstatte(tx, auftrag),
    };
    const parallel = createDb(url, { max: 20 });
    try {
      const ergebnisse = await Promise.all(
        Array.from({ length: 50 }, () =>
          confirm(parallel, { id: intent.id, zahlungsmittel: LASTSCHRIFT, provider: zaehlend }),
        ),
      );
      expect(ergebnisse.every((r) => r.ok && r.intent.status === "processing")).toBe(true);
    } finally {
      await parallel.$client.end();
    }
    expect(aufrufe.n).toBe(1);
    const [mandate] = await db
      .select({ n: count() })
      .from(sepaMandat)
      .where(eq(sepaMandat.intentId, intent.id));
    expect(mandate?.n).toBe(1);
    expect(await typen(intent.id)).toEqual([
      "payment_intent.created",
      "payment_intent.requires_confirmation",
      "payment_intent.processing",
    ]);
  });
});

describe("the bank's outcome", () => {
  it("books a collected debit; a second booking changes nothing", async () => {
    const intent = await bezahlt();
    expect(intent).toMatchObject({ status: "succeeded", amountReceived: 3070 });
    const wieder = await verbucheErgebnis(db, { id: intent.id, ergebnis: "succeeded" });
    expect(wieder.ok && wieder.intent.updated).toEqual(intent.updated);
    expect((await typen(intent.id)).at(-1)).toBe("payment_intent.succeeded");
  });

  it("records a return with its reason (MD06)", async () => {
    const intent = await neu();
    await confirm(db, { id: intent.id, zahlungsmittel: LASTSCHRIFT, provider });
    const r = await verbucheErgebnis(db, {
      id: intent.id,
      ergebnis: "failed",
      grund: { code: "MD06", message: "Rückgabe auf Verlangen des Zahlers" },
    });
    expect(r).toMatchObject({
      ok: true,
      intent: { status: "failed", amountReceived: 0, lastPaymentError: { code: "MD06" } },
    });
    expect((await typen(intent.id)).at(-1)).toBe("payment_intent.payment_failed");
    expect(await verbucheErgebnis(db, { id: intent.id, ergebnis: "succeeded" })).toMatchObject({
      ok: false,
      fehler: "ungueltiger-uebergang",
    });
  });

  it("returns a collected debit later (the payer objects, MD06); not a transfer, not a refunded one", async () => {
    const intent = await bezahlt();
    const r = await verbucheErgebnis(db, {
      id: intent.id,
      ergebnis: "failed",
      grund: { code: "MD06" },
    });
    expect(r).toMatchObject({
      ok: true,
      intent: { status: "failed", amountReceived: 0, lastPaymentError: { code: "MD06" } },
    });
    expect((await typen(intent.id)).slice(-2)).toEqual([
      "payment_intent.succeeded",
      "payment_intent.payment_failed",
    ]);

    const ueberweisung = await neu({ paymentMethodType: "bank_transfer" });
    await verbucheErgebnis(db, { id: ueberweisung.id, ergebnis: "succeeded" });
    expect(
      await verbucheErgebnis(db, {
        id: ueberweisung.id,
        ergebnis: "failed",
        grund: { code: "MD06" },
      }),
    ).toMatchObject({ ok: false, fehler: "ungueltiger-uebergang" });

    const erstattet = await bezahlt();
    const teil = await refund(db, { id: erstattet.id, amount: 1000, provider });
    expect(teil.ok && teil.intent.status).toBe("partially_refunded");
    expect(
      await verbucheErgebnis(db, { id: erstattet.id, ergebnis: "failed", grund: { code: "MD06" } }),
    ).toMatchObject({ ok: false, fehler: "ungueltiger-uebergang" });
  });

  it("books a bank transfer that arrives before it was confirmed", async () => {
    const intent = await neu({ paymentMethodType: "bank_transfer" });
    const r = await verbucheErgebnis(db, { id: intent.id, ergebnis: "succeeded" });
    expect(r).toMatchObject({ ok: true, intent: { status: "succeeded", amountReceived: 3070 } });
  });

  it("refuses to book a debit that was not confirmed", async () => {
    const intent = await neu();
    expect(await verbucheErgebnis(db, { id: intent.id, ergebnis: "succeeded" })).toMatchObject({
      ok: false,
      fehler: "ungueltiger-uebergang",
    });
  });
});

describe("cancel", () => {
  it("cancels before confirmation, with the reason, once", async () => {
    const intent = await neu();
    const r = await cancel(db, { id: intent.id, cancellationReason: "Antrag zurückgezogen" });
    expect(r).toMatchObject({
      ok: true,
      intent: { status: "canceled", cancellationReason: "Antrag zurückgezogen" },
    });
    expect((await cancel(db, { id: intent.id })).ok).toBe(true);
    expect(await typen(intent.id)).toEqual(["payment_intent.created", "payment_intent.canceled"]);
  });

  it("refuses to cancel a payment on its way or collected", async () => {
    const intent = await neu();
    await confirm(db, { id: intent.id, zahlungsmittel: LASTSCHRIFT, provider });
    const r = await cancel(db, { id: intent.id });
    expect(r).toMatchObject({ ok: false, fehler: "ungueltiger-uebergang" });
    expect(!r.ok && r.meldung.de).toContain("in Bearbeitung");
    const b = await bezahlt();
    expect(await cancel(db, { id: b.id })).toMatchObject({
      ok: false,
      fehler: "ungueltiger-uebergang",
    });
  });
});

describe("refund", () => {
  it("a part makes it partially_refunded, the rest refunded", async () => {
    const intent = await bezahlt(3070);
    const teil = await refund(db, {
      id: intent.id,
      amount: 1000,
      grund: "Zone geändert",
      provider,
    });
    expect(teil).toMatchObject({
      ok: true,
      intent: { status: "partially_refunded", amountRefunded: 1000 },
    });
    const rest = await refund(db, { id: intent.id, provider });
    expect(rest).toMatchObject({ ok: true, intent: { status: "refunded", amountRefunded: 3070 } });
    const r = await listEvents(db, { id: intent.id });
    const letzte = r.ok ? r.data.slice(-2) : [];
    expect(letzte.map((e) => [e.type, e.data.betrag])).toEqual([
      ["payment_intent.partially_refunded", 1000],
      ["payment_intent.refunded", 2070],
    ]);
  });

  it("never more than collected", async () => {
    const intent = await bezahlt(3070);
    const r = await refund(db, { id: intent.id, amount: 3071, provider });
    expect(r).toMatchObject({ ok: false, fehler: "erstattung-zu-hoch" });
    expect(!r.ok && r.meldung.de).toContain("30,70 EUR");
    expect(!r.ok && r.meldung.en).toContain("EUR 30.70");
    await refund(db, { id: intent.id, amount: 3000, provider });
    expect(await refund(db, { id: intent.id, amount: 71, provider })).toMatchObject({
      fehler: "erstattung-zu-hoch",
    });
    const danach = await retrieve(db, { id: intent.id });
    expect(danach.ok && danach.intent).toMatchObject({
      status: "partially_refunded",
      amountRefunded: 3000,
    });
  });

  it("refuses bad amounts and what was not collected", async () => {
    const intent = await bezahlt();
    for (const amount of [0, -1, 10.5]) {
      expect(await refund(db, { id: intent.id, amount, provider })).toMatchObject({
        fehler: "eingabe-ungueltig",
      });
    }
    const offen = await neu();
    expect(await refund(db, { id: offen.id, provider })).toMatchObject({
      fehler: "ungueltiger-uebergang",
    });
  });

  it("the database refuses more than collected even past the service", async () => {
    const intent = await bezahlt(3070);
    await expect(
      db.update(paymentIntent).set({ amountRefunded: 3071 }).where(eq(paymentIntent.id, intent.id)),
    ).rejects.toThrow();
  });
});

describe("list", () => {
  it("filters by authority, status and time, and pages with a cursor", async () => {
    const oe = `oe:liste-${Math.random()}`;
    const basis = new Date("2026-05-01T08:00:00Z").getTime();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const intent = await neu({ oeSchluessel: oe, jetzt: new Date(basis + i * 60_000) });
      ids.push(intent.id);
    }
    await cancel(db, { id: ids[0]!, oes: [oe] });

    const erste = await list(db, { oes: [oe], limit: 2 });
    if (!erste.ok) throw new Error(erste.meldung.de);
    expect(erste.data.map((i) => i.id)).toEqual([ids[4], ids[3]]);
    expect(erste.hasMore).toBe(true);
    const zweite = await list(db, { oes: [oe], limit: 2, cursor: erste.nextCursor ?? "" });
    const dritte = zweite.ok
      ? await list(db, { oes: [oe], limit: 2, cursor: zweite.nextCursor ?? "" })
      : zweite;
    expect(zweite.ok && zweite.data.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    expect(dritte.ok && [dritte.data.map((i) => i.id), dritte.hasMore, dritte.nextCursor]).toEqual([
      [ids[0]],
      false,
      null,
    ]);

    const storniert = await list(db, { oes: [oe], status: "canceled" });
    expect(storniert.ok && storniert.data.map((i) => i.id)).toEqual([ids[0]]);
    const zeitraum = await list(db, {
      oes: [oe],
      von: new Date(basis + 60_000),
      bis: new Date(basis + 3 * 60_000),
    });
    expect(zeitraum.ok && zeitraum.data.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    const fremd = await list(db, { oes: ["oe:niemand"] });
    expect(fremd.ok && fremd.data).toEqual([]);
    expect(await list(db, { oes: [oe], cursor: "kaputt" })).toMatchObject({ ok: false });
    expect(await list(db, { oes: [] })).toMatchObject({ ok: false });
  });
});

describe("the history", () => {
  it("is append-only", async () => {
    const intent = await neu();
    await expect(
      db.update(paymentEvent).set({ data: {} }).where(eq(paymentEvent.intentId, intent.id)),
    ).rejects.toThrow();
    await expect(
      db.delete(paymentEvent).where(eq(paymentEvent.intentId, intent.id)),
    ).rejects.toThrow();
    await expect(db.execute(sql`truncate payment_event cascade`)).rejects.toThrow();
  });
});
