import { createDb, type Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { lastschriftDatei, sepaMandat } from "../src/schema.ts";
import {
  exportiereLastschriften,
  findeKassenkonto,
  ladeLastschriftdatei,
  listeLastschriftdateien,
  speichereKassenkonto,
} from "../src/services/kasse.ts";
import { confirm, create, retrieve } from "../src/services/zahlung.ts";
import {
  ANDERE_OE,
  JETZT,
  KASSENKONTO,
  lastschrift,
  OE,
  provider,
  richteKassenEin,
  ueberweisung,
} from "../src/testing.ts";
import { xmllint } from "./sepa/xmllint.ts";

let db: Database;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase(inject("adminUrl")));
  await richteKassenEin(db);
});
afterAll(() => drop());

const KASSE = "konto_kasse_1";
const OES = [OE];

describe("kasse_konto", () => {
  it("stores and reads an authority's settings, normalised", async () => {
    const r = await speichereKassenkonto(db, {
      ...KASSENKONTO,
      oeSchluessel: "gv-test-1",
      iban: "de02 1203 0000 0000 2020 51",
      bic: "byladem1001",
      glaeubigerId: "de98 zzz0 9999 9999 99",
    });
    expect(r).toMatchObject({
      ok: true,
      konto: {
        iban: "DE02120300000000202051",
        bic: "BYLADEM1001",
        glaeubigerId: "DE98ZZZ09999999999",
      },
    });
    expect(await findeKassenkonto(db, { oeSchluessel: "gv-test-1" })).toMatchObject({
      kontoinhaber: KASSENKONTO.kontoinhaber,
      lastschrift: true,
    });
    expect(await findeKassenkonto(db, { oeSchluessel: "gv-gibt-es-nicht" })).toBeUndefined();
  });

  it.each([
    [{ iban: "DE02120300000000202052" }, "iban"],
    [{ iban: "BR1800360305000010009795493C1" }, "iban"],
    [{ bic: "XYZ" }, "bic"],
    [{ bic: "COBAFRPPXXX" }, "bic"],
    [{ glaeubigerId: "DE99ZZZ09999999999" }, "glaeubigerId"],
    [{ glaeubigerId: null }, "glaeubigerId"],
    [{ kontoinhaber: " " }, "kontoinhaber"],
  ])("refuses %j naming the field, storing nothing", async (falsch, feld) => {
    const r = await speichereKassenkonto(db, {
      ...KASSENKONTO,
      oeSchluessel: "gv-test-2",
      ...falsch,
    });
    expect(r).toMatchObject({ ok: false, fehler: "eingabe-ungueltig", feld });
    expect(!r.ok && r.meldung.de.length).toBeGreaterThan(10);
    expect(await findeKassenkonto(db, { oeSchluessel: "gv-test-2" })).toBeUndefined();
  });

  it("allows no creditor identifier when the authority offers no direct debit", async () => {
    const r = await speichereKassenkonto(db, {
      ...KASSENKONTO,
      oeSchluessel: "gv-test-3",
      glaeubigerId: null,
      lastschrift: false,
    });
    expect(r.ok && r.konto.glaeubigerId).toBeNull();
  });
});

describe("the local SEPA provider reads kasse_konto", () => {
  it("pre-notifies the due date on a TARGET2 business day (Good Friday and Easter Monday skipped)", async () => {
    // Thursday 19 March 2026 + 14 days = Thursday 2 April; confirmed on Friday 20 March the
    // 14 days end on Good Friday (3 April), then Easter Monday (6 April): due Tuesday 7 April.
    const intent = await lastschrift(db, { jetzt: new Date("2026-03-20T09:00:00Z") });
    expect(intent.nextAction).toMatchObject({
      faelligAm: "2026-04-07",
      glaeubigerId: "DE98ZZZ09999999999",
    });
    const [mandat] = await db.select().from(sepaMandat).where(eq(sepaMandat.intentId, intent.id));
    expect(mandat?.faelligAm).toBe("2026-04-07");
  });

  it("a transfer's instructions carry the authority's account, amount and Kassenzeichen", async () => {
    const intent = await ueberweisung(db);
    expect(intent.nextAction).toEqual({
      type: "bank_transfer",
      kassenzeichen: intent.kassenzeichen,
      verwendungszweck: intent.remittanceText,
      amount: 4500,
      empfaenger: {
        kontoinhaber: "Landeshauptstadt Dresden, Stadtkasse",
        iban: "DE02 1203 0000 0000 2020 51",
        bic: "BYLADEM1001",
      },
    });
  });

  it("refuses a debit when direct debit is switched off, a transfer when transfers are", async () => {
    await speichereKassenkonto(db, {
      ...KASSENKONTO,
      oeSchluessel: "gv-aus",
      lastschrift: false,
      ueberweisung: false,
    });
    const d = await create(db, {
      amount: 100,
      description: "x",
      paymentMethodType: "sepa_debit",
      oeSchluessel: "gv-aus",
    });
    const t = await create(db, {
      amount: 100,
      description: "x",
      paymentMethodType: "bank_transfer",
      oeSchluessel: "gv-aus",
    });
    if (!d.ok || !t.ok) throw new Error("create");
    const rd = await confirm(db, {
      id: d.intent.id,
      provider,
      zahlungsmittel: { type: "sepa_debit", kontoinhaber: "A", iban: "DE89370400440532013000" },
    });
    expect(rd).toMatchObject({ ok: false, fehler: "anbieter-abgelehnt" });
    expect(!rd.ok && rd.meldung.de).toContain("SEPA-Lastschrift");
    const rt = await confirm(db, { id: t.intent.id, provider });
    expect(rt).toMatchObject({ ok: false, fehler: "anbieter-abgelehnt" });
    expect(!rt.ok && rt.meldung.de).toContain("Überweisung");
    const danach = await retrieve(db, { id: t.intent.id });
    expect(danach.ok && danach.intent.status).toBe("requires_confirmation");
    const debit = await retrieve(db, { id: d.intent.id });
    // The debit's first step (requires_confirmation) is rolled back with the refusal.
    expect(debit.ok && debit.intent.status).toBe("requires_payment_method");
  });
});

describe("exportiereLastschriften", () => {
  it("refuses an authority outside the clerk's, and says when there is nothing to export", async () => {
    expect(
      await exportiereLastschriften(db, { oes: [ANDERE_OE], oeSchluessel: OE, vonKontoId: KASSE }),
    ).toMatchObject({ ok: false, fehler: "keine-kassendaten" });
    expect(
      await exportiereLastschriften(db, {
        oes: [ANDERE_OE],
        oeSchluessel: ANDERE_OE,
        vonKontoId: KASSE,
        jetzt: JETZT,
      }),
    ).toMatchObject({ ok: false, fehler: "keine-lastschriften" });
    expect(await listeLastschriftdateien(db, { oes: [ANDERE_OE] })).toEqual([]);
  });

  it("one file per due date, valid against the pain.008.001.08 XSD, not repeated", async () => {
    // Drain what earlier tests confirmed, then start from a known set.
    await exportiereLastschriften(db, {
      oes: OES,
      oeSchluessel: OE,
      vonKontoId: KASSE,
      jetzt: JETZT,
    });
    const a = await lastschrift(db);
    const b = await lastschrift(db, { amount: 1250 });
    const c = await lastschrift(db, { jetzt: new Date("2026-03-03T10:00:00Z") });
    const anderer = await lastschrift(db, { oe: ANDERE_OE });
    const jetzt = new Date("2026-03-05T08:00:00Z");
    const r = await exportiereLastschriften(db, {
      oes: OES,
      oeSchluessel: OE,
      vonKontoId: KASSE,
      jetzt,
    });
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.verschoben).toEqual([]);
    expect(r.dateien.map((d) => [d.faelligAm, d.anzahl, d.summeCent])).toEqual([
      ["2026-03-16", 2, 4320],
      ["2026-03-17", 1, 3070],
    ]);
    for (const d of r.dateien) {
      expect(d).toMatchObject({
        oeSchluessel: OE,
        glaeubigerId: "DE98ZZZ09999999999",
        erstelltVon: KASSE,
      });
      const geladen = await ladeLastschriftdatei(db, { oes: OES, id: d.id });
      if (!geladen) throw new Error("not found");
      const pruefung = xmllint("pain.008.001.08.xsd", { text: geladen.xml });
      expect(pruefung.ausgabe).toContain("validates");
      expect(pruefung.ok).toBe(true);
      expect(geladen.xml).toContain(`<MsgId>${d.msgId}</MsgId>`);
      expect(geladen.xml).toContain("<ReqdColltnDt>");
      // The authority's key is no secret, but another's clerk must not load the file.
      expect(await ladeLastschriftdatei(db, { oes: [ANDERE_OE], id: d.id })).toBeUndefined();
    }
    const erste = await ladeLastschriftdatei(db, { oes: OES, id: r.dateien[0]?.id ?? "" });
    expect(erste?.xml).toContain(`<EndToEndId>${a.kassenzeichen}</EndToEndId>`);
    expect(erste?.xml).toContain(`<MndtId>M-${b.kassenzeichen}</MndtId>`);
    expect(erste?.xml).toContain("<SeqTp>OOFF</SeqTp>");
    expect(erste?.xml).toContain("<Id>DE98ZZZ09999999999</Id>");
    const zweite = await ladeLastschriftdatei(db, { oes: OES, id: r.dateien[1]?.id ?? "" });
    expect(zweite?.xml).toContain(`<EndToEndId>${c.kassenzeichen}</EndToEndId>`);
    expect(zweite?.xml).not.toContain(anderer.kassenzeichen);

    const mandate = await db
      .select()
      .from(sepaMandat)
      .where(inArray(sepaMandat.intentId, [a.id, b.id, c.id, anderer.id]));
    expect(mandate.find((m) => m.intentId === anderer.id)?.lastschriftDateiId).toBeNull();
    expect(mandate.filter((m) => m.lastschriftDateiId !== null)).toHaveLength(3);
    expect(mandate.every((m) => m.urspruenglichFaelligAm === null)).toBe(true);

    expect(
      await exportiereLastschriften(db, { oes: OES, oeSchluessel: OE, vonKontoId: KASSE, jetzt }),
    ).toMatchObject({ ok: false, fehler: "keine-lastschriften" });
    const liste = await listeLastschriftdateien(db, { oes: OES });
    expect(
      liste
        .slice(0, 2)
        .map((d) => d.id)
        .sort(),
    ).toEqual(r.dateien.map((d) => d.id).sort());
    expect(liste[0]).not.toHaveProperty("xml");
  });

  it("a due date that can no longer be met moves to the earliest possible one, recorded on the mandate", async () => {
    await exportiereLastschriften(db, {
      oes: OES,
      oeSchluessel: OE,
      vonKontoId: KASSE,
      jetzt: JETZT,
    });
    const spaet = await lastschrift(db); // due 16 March
    // Exported on Monday 16 March at 15:00 in Dresden, after the 14:00 cut-off: accepted Tuesday,
    // collected Wednesday 18 March at the earliest (D-1).
    const r = await exportiereLastschriften(db, {
      oes: OES,
      oeSchluessel: OE,
      vonKontoId: KASSE,
      jetzt: new Date("2026-03-16T14:00:00Z"),
    });
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.dateien.map((d) => d.faelligAm)).toEqual(["2026-03-18"]);
    expect(r.verschoben).toEqual([
      {
        intentId: spaet.id,
        kassenzeichen: spaet.kassenzeichen,
        angekuendigt: "2026-03-16",
        faelligAm: "2026-03-18",
      },
    ]);
    const [mandat] = await db.select().from(sepaMandat).where(eq(sepaMandat.intentId, spaet.id));
    expect(mandat).toMatchObject({ faelligAm: "2026-03-18", urspruenglichFaelligAm: "2026-03-16" });
  });

  it("two concurrent exports never take one mandate twice", async () => {
    await exportiereLastschriften(db, {
      oes: OES,
      oeSchluessel: OE,
      vonKontoId: KASSE,
      jetzt: JETZT,
    });
    const intents = [];
    for (let i = 0; i < 12; i++) intents.push(await lastschrift(db, { amount: 1000 + i }));
    const parallel = createDb(url, { max: 6 });
    try {
      const ergebnisse = await Promise.all(
        Array.from({ length: 4 }, () =>
          exportiereLastschriften(parallel, {
            oes: OES,
            oeSchluessel: OE,
            vonKontoId: KASSE,
            jetzt: new Date("2026-03-05T08:00:00Z"),
          }),
        ),
      );
      const dateien = ergebnisse.flatMap((r) => (r.ok ? r.dateien : []));
      expect(ergebnisse.every((r) => r.ok || r.fehler === "keine-lastschriften")).toBe(true);
      expect(dateien.reduce((s, d) => s + d.anzahl, 0)).toBe(12);
      const xml = await db
        .select({ xml: lastschriftDatei.xml })
        .from(lastschriftDatei)
        .where(
          inArray(
            lastschriftDatei.id,
            dateien.map((d) => d.id),
          ),
        );
      const ids = xml.flatMap((x) => [...x.xml.matchAll(/<EndToEndId>([^<]+)</g)].map((m) => m[1]));
      expect(ids.sort()).toEqual(intents.map((i) => i.kassenzeichen).sort());
    } finally {
      await parallel.$client.end();
    }
  });
});
