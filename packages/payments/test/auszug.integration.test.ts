import { createDb, type Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auszugImport, paymentEvent } from "../src/schema.ts";
import { importiereAuszug, listeAuszugsimporte } from "../src/services/auszug.ts";
import { exportiereLastschriften } from "../src/services/kasse.ts";
import { listEvents, retrieve } from "../src/services/zahlung.ts";
import {
  ANDERE_OE,
  KASSENKONTO,
  lastschrift,
  OE,
  richteKassenEin,
  ueberweisung,
} from "../src/testing.ts";
import type { PaymentIntent } from "../src/types.ts";
import { camt, pain002 } from "./auszug-dateien.ts";
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
const IBAN = KASSENKONTO.iban;
let nummer = 0;
const msgId = () => `CAMT-TEST-${++nummer}`;

/** Debits confirmed and exported in a pain.008 file, as the bank's files answer them. */
async function exportierteLastschriften(n: number, oe = OE): Promise<PaymentIntent[]> {
  const intents: PaymentIntent[] = [];
  for (let i = 0; i < n; i++) intents.push(await lastschrift(db, { oe }));
  const r = await exportiereLastschriften(db, {
    oes: [oe],
    oeSchluessel: oe,
    vonKontoId: KASSE,
    jetzt: new Date("2026-03-05T08:00:00Z"),
  });
  if (!r.ok) throw new Error(r.meldung.de);
  return intents;
}

const importiere = (inhalt: string, dateiname = "auszug.xml") =>
  importiereAuszug(db, {
    oes: OES,
    oeSchluessel: OE,
    inhalt,
    dateiname,
    vonKontoId: KASSE,
    jetzt: new Date("2026-03-17T08:00:00Z"),
  });

const status = async (id: string) => {
  const r = await retrieve(db, { id });
  return r.ok ? r.intent.status : undefined;
};

describe("the test files follow the ISO 20022 schemas", () => {
  it("camt.053, camt.054 and pain.002 validate with xmllint", () => {
    const umsaetze = [
      {
        art: "lastschriften" as const,
        posten: [{ kassenzeichen: "2026-0001-000001-54", cent: 3070 }],
      },
      {
        art: "ruecklastschrift" as const,
        kassenzeichen: "2026-0001-000001-54",
        cent: 3070,
        grund: "MD06",
      },
      { art: "ueberweisung" as const, cent: 4500, ustrd: ["KZ 2026-0001-000002-51", "Danke"] },
      { art: "entgelt" as const, cent: 250 },
    ];
    for (const [art, xsd] of [
      ["053", "camt.053.001.08.xsd"],
      ["054", "camt.054.001.08.xsd"],
    ] as const) {
      const r = xmllint(xsd, {
        text: camt(art, { msgId: "M1", iban: IBAN, tag: "2026-03-16", umsaetze }),
      });
      expect(r.ausgabe).toContain("validates");
    }
    const p = xmllint("pain.002.001.10.xsd", {
      text: pain002({
        msgId: "P1",
        originalMsgId: "O1",
        abgelehnt: [{ kassenzeichen: "2026-0001-000001-54", cent: 3070, grund: "AC04" }],
      }),
    });
    expect(p.ausgabe).toContain("validates");
    const ganz = xmllint("pain.002.001.10.xsd", {
      text: pain002({ msgId: "P2", originalMsgId: "O1", abgelehnt: [], dateiAbgelehnt: "FF01" }),
    });
    expect(ganz.ausgabe).toContain("validates");
  });
});

describe("importiereAuszug", () => {
  it("books the collected debits and the MD06 return in one camt.054, and records the import", async () => {
    const [a, b, c] = await exportierteLastschriften(3);
    if (!a || !b || !c) throw new Error("setup");
    const inhalt = camt("054", {
      msgId: msgId(),
      iban: IBAN,
      tag: "2026-03-16",
      umsaetze: [
        {
          art: "lastschriften",
          posten: [a, b, c].map((i) => ({ kassenzeichen: i.kassenzeichen, cent: i.amount })),
        },
        { art: "ruecklastschrift", kassenzeichen: b.kassenzeichen, cent: b.amount, grund: "MD06" },
        { art: "entgelt", cent: 250 },
      ],
    });
    const r = await importiere(inhalt, "camt054_20260316.xml");
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.import).toMatchObject({
      art: "camt.054",
      dateiname: "camt054_20260316.xml",
      posten: 5,
      gebucht: 2,
      zurueckgegeben: 1,
      importiertVon: KASSE,
      oeSchluessel: OE,
    });
    expect(r.geaendert).toEqual(
      expect.arrayContaining([
        { intentId: a.id, kassenzeichen: a.kassenzeichen, status: "succeeded" },
        { intentId: c.id, kassenzeichen: c.kassenzeichen, status: "succeeded" },
        {
          intentId: b.id,
          kassenzeichen: b.kassenzeichen,
          status: "failed",
          grund: expect.objectContaining({ code: "MD06" }),
        },
      ]),
    );
    expect(r.geaendert).toHaveLength(3);
    expect(await status(a.id)).toBe("succeeded");
    const zurueck = await retrieve(db, { id: b.id });
    expect(zurueck.ok && zurueck.intent).toMatchObject({
      status: "failed",
      lastPaymentError: { code: "MD06" },
    });
    const verlauf = await listEvents(db, { id: b.id });
    expect(verlauf.ok && verlauf.data.at(-1)).toMatchObject({
      type: "payment_intent.payment_failed",
      data: { grund: { code: "MD06" } },
    });
    // The batch credit of the returned item and the fee are listed, not booked.
    expect(r.import.nichtZugeordnet).toHaveLength(2);
    expect(r.import.nichtZugeordnet.map((n) => n.grund.de).join(" ")).toContain("Entgelt");
    const liste = await listeAuszugsimporte(db, { oes: OES });
    expect(liste[0]?.id).toBe(r.import.id);
    expect(await listeAuszugsimporte(db, { oes: [ANDERE_OE] })).toEqual([]);
  });

  it("a booked transfer with the Kassenzeichen and the same amount succeeds; a wrong amount or unknown one is listed", async () => {
    const richtig = await ueberweisung(db, { amount: 4500 });
    const falscherBetrag = await ueberweisung(db, { amount: 4500 });
    const kz = richtig.kassenzeichen;
    const mitLeerzeichen = `${kz.slice(0, 9)} ${kz.slice(9)}`.replaceAll("-", " ");
    const r = await importiere(
      camt("053", {
        msgId: msgId(),
        iban: IBAN,
        tag: "2026-03-16",
        umsaetze: [
          { art: "ueberweisung", cent: 4500, ustrd: [`Gebuehr KZ ${mitLeerzeichen}`, "Danke"] },
          { art: "ueberweisung", cent: 4000, ustrd: [falscherBetrag.kassenzeichen] },
          { art: "ueberweisung", cent: 1000, ustrd: ["Spende ohne Kassenzeichen"] },
          { art: "ueberweisung", cent: 4500, ustrd: ["2099-0001-000001-00"] },
          { art: "ueberweisung", cent: 4500, ustrd: [kz], status: "PDNG" },
        ],
      }),
    );
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.import).toMatchObject({ art: "camt.053", gebucht: 1, zurueckgegeben: 0, posten: 5 });
    expect(r.geaendert).toEqual([{ intentId: richtig.id, kassenzeichen: kz, status: "succeeded" }]);
    expect(await status(richtig.id)).toBe("succeeded");
    expect(await status(falscherBetrag.id)).toBe("processing");
    const gruende = r.import.nichtZugeordnet.map((n) => [n.betragCent, n.grund.de]);
    expect(gruende).toEqual(
      expect.arrayContaining([
        [4000, expect.stringContaining("weicht")],
        [1000, expect.stringContaining("Kein gültiges Kassenzeichen")],
        [4500, expect.stringContaining("Kein gültiges Kassenzeichen")],
        [4500, expect.stringContaining("Noch nicht gebucht")],
      ]),
    );
  });

  it("another authority's items are not booked by this authority's import", async () => {
    const [fremd] = await exportierteLastschriften(1, ANDERE_OE);
    const fremdeUeberweisung = await ueberweisung(db, { oe: ANDERE_OE, amount: 4500 });
    if (!fremd) throw new Error("setup");
    const r = await importiere(
      camt("054", {
        msgId: msgId(),
        iban: IBAN,
        tag: "2026-03-16",
        umsaetze: [
          {
            art: "lastschriften",
            posten: [{ kassenzeichen: fremd.kassenzeichen, cent: fremd.amount }],
          },
          {
            art: "ruecklastschrift",
            kassenzeichen: fremd.kassenzeichen,
            cent: fremd.amount,
            grund: "AC04",
          },
          { art: "ueberweisung", cent: 4500, ustrd: [fremdeUeberweisung.kassenzeichen] },
        ],
      }),
    );
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.geaendert).toEqual([]);
    expect(r.import.nichtZugeordnet).toHaveLength(3);
    expect(r.import.nichtZugeordnet.every((n) => n.grund.de.includes("dieser Behörde"))).toBe(true);
    expect(await status(fremd.id)).toBe("processing");
    expect(await status(fremdeUeberweisung.id)).toBe("processing");
    // Nor can a clerk import for an authority outside theirs.
    expect(
      await importiereAuszug(db, {
        oes: OES,
        oeSchluessel: ANDERE_OE,
        inhalt: camt("054", {
          msgId: msgId(),
          iban: "DE89370400440532013000",
          tag: "2026-03-16",
          umsaetze: [],
        }),
        dateiname: "x.xml",
        vonKontoId: KASSE,
      }),
    ).toMatchObject({ ok: false, fehler: "keine-kassendaten" });
  });

  it("a statement of another account is refused", async () => {
    const r = await importiere(
      camt("054", {
        msgId: msgId(),
        iban: "DE89370400440532013000",
        tag: "2026-03-16",
        umsaetze: [],
      }),
    );
    expect(r).toMatchObject({ ok: false, fehler: "datei-ungueltig" });
    expect(!r.ok && r.meldung.de).toContain("DE89370400440532013000");
  });

  it("pain.002 rejections (AC04, AM04) fail the exported debits", async () => {
    const [a, b, c] = await exportierteLastschriften(3);
    if (!a || !b || !c) throw new Error("setup");
    const r = await importiere(
      pain002({
        msgId: `PAIN002-${++nummer}`,
        originalMsgId: "PORTAL-X",
        abgelehnt: [
          { kassenzeichen: a.kassenzeichen, cent: a.amount, grund: "AC04" },
          { kassenzeichen: b.kassenzeichen, cent: b.amount, grund: "AM04" },
        ],
      }),
    );
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.import).toMatchObject({ art: "pain.002", zurueckgegeben: 2, gebucht: 0 });
    const fa = await retrieve(db, { id: a.id });
    expect(fa.ok && fa.intent.lastPaymentError).toMatchObject({ code: "AC04" });
    const fb = await retrieve(db, { id: b.id });
    expect(fb.ok && fb.intent.lastPaymentError).toMatchObject({ code: "AM04" });
    expect(await status(c.id)).toBe("processing");
    expect(r.geaendert.find((g) => g.intentId === a.id)?.grund?.de).toContain("aufgelöst");
  });

  it("a pain.002 rejecting a whole file fails every debit of that file, and only those", async () => {
    const a = await lastschrift(db);
    const b = await lastschrift(db);
    const ex = await exportiereLastschriften(db, {
      oes: OES,
      oeSchluessel: OE,
      vonKontoId: KASSE,
      jetzt: new Date("2026-03-05T08:00:00Z"),
    });
    if (!ex.ok) throw new Error(ex.meldung.de);
    const [datei] = ex.dateien;
    expect(ex.dateien).toHaveLength(1);
    const andere = await lastschrift(db);
    const r = await importiere(
      pain002({
        msgId: `PAIN002-${++nummer}`,
        originalMsgId: datei?.msgId ?? "",
        abgelehnt: [],
        dateiAbgelehnt: "FF01",
      }),
    );
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.import).toMatchObject({ art: "pain.002", posten: 2, zurueckgegeben: 2 });
    expect(r.geaendert.map((g) => [g.intentId, g.status, g.grund?.code]).sort()).toEqual(
      [
        [a.id, "failed", "FF01"],
        [b.id, "failed", "FF01"],
      ].sort(),
    );
    expect(await status(andere.id)).toBe("processing");
    // A file that is not this authority's: listed, nothing booked.
    const fremd = await importiere(
      pain002({
        msgId: `PAIN002-${++nummer}`,
        originalMsgId: "PORTAL-UNBEKANNT",
        abgelehnt: [],
        dateiAbgelehnt: "FF01",
      }),
    );
    expect(fremd.ok && fremd.geaendert).toEqual([]);
    expect(fremd.ok && fremd.import.nichtZugeordnet[0]?.grund.de).toContain("PORTAL-UNBEKANNT");
  });

  it("the day's camt.053 after the camt.054 books nothing twice; a later return of a paid debit (MD06) fails it", async () => {
    const [a] = await exportierteLastschriften(1);
    if (!a) throw new Error("setup");
    const gutschrift = {
      art: "lastschriften" as const,
      posten: [{ kassenzeichen: a.kassenzeichen, cent: a.amount }],
    };
    const avis = await importiere(
      camt("054", { msgId: msgId(), iban: IBAN, tag: "2026-03-16", umsaetze: [gutschrift] }),
    );
    expect(avis.ok && avis.import.gebucht).toBe(1);
    const auszug = await importiere(
      camt("053", { msgId: msgId(), iban: IBAN, tag: "2026-03-16", umsaetze: [gutschrift] }),
    );
    expect(
      auszug.ok && [auszug.import.gebucht, auszug.geaendert, auszug.import.nichtZugeordnet],
    ).toEqual([0, [], []]);
    const spaeter = await importiere(
      camt("054", {
        msgId: msgId(),
        iban: IBAN,
        tag: "2026-03-20",
        umsaetze: [
          {
            art: "ruecklastschrift",
            kassenzeichen: a.kassenzeichen,
            cent: a.amount,
            grund: "MD06",
          },
        ],
      }),
    );
    if (!spaeter.ok) throw new Error(spaeter.meldung.de);
    expect(spaeter.geaendert).toEqual([
      expect.objectContaining({
        intentId: a.id,
        status: "failed",
        grund: expect.objectContaining({ code: "MD06" }),
      }),
    ]);
    expect(spaeter.import.nichtZugeordnet).toEqual([]);
    expect(await status(a.id)).toBe("failed");
  });

  it("a debit not exported yet is not booked from a statement", async () => {
    const nichtExportiert = await lastschrift(db);
    const r = await importiere(
      camt("054", {
        msgId: msgId(),
        iban: IBAN,
        tag: "2026-03-16",
        umsaetze: [
          {
            art: "lastschriften",
            posten: [{ kassenzeichen: nichtExportiert.kassenzeichen, cent: 3070 }],
          },
        ],
      }),
    );
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.geaendert).toEqual([]);
    expect(r.import.nichtZugeordnet[0]?.grund.de).toContain("exportiert");
    expect(await status(nichtExportiert.id)).toBe("processing");
  });

  it("the same file, or the same msgId, again is refused and changes nothing", async () => {
    const [a] = await exportierteLastschriften(1);
    if (!a) throw new Error("setup");
    const id = msgId();
    const umsaetze = [
      {
        art: "ruecklastschrift" as const,
        kassenzeichen: a.kassenzeichen,
        cent: a.amount,
        grund: "MD06",
      },
    ];
    const inhalt = camt("054", { msgId: id, iban: IBAN, tag: "2026-03-16", umsaetze });
    const erste = await importiere(inhalt);
    expect(erste.ok).toBe(true);
    const vorher = await db.select({ n: count() }).from(paymentEvent);
    expect(await importiere(inhalt)).toMatchObject({
      ok: false,
      fehler: "datei-bereits-importiert",
    });
    // Same msgId, other content (another day).
    expect(
      await importiere(camt("054", { msgId: id, iban: IBAN, tag: "2026-03-17", umsaetze })),
    ).toMatchObject({ ok: false, fehler: "datei-bereits-importiert" });
    // Other bytes (a BOM) and another file name, but the same msgId.
    expect(await importiere(`\uFEFF${inhalt}`, "kopie.xml")).toMatchObject({
      ok: false,
      fehler: "datei-bereits-importiert",
    });
    expect(await db.select({ n: count() }).from(paymentEvent)).toEqual(vorher);
    expect(
      await db.select({ n: count() }).from(auszugImport).where(eq(auszugImport.msgId, id)),
    ).toEqual([{ n: 1 }]);
  });

  it("concurrent imports of one file book it once", async () => {
    const [a] = await exportierteLastschriften(1);
    if (!a) throw new Error("setup");
    const inhalt = camt("054", {
      msgId: msgId(),
      iban: IBAN,
      tag: "2026-03-16",
      umsaetze: [
        { art: "lastschriften", posten: [{ kassenzeichen: a.kassenzeichen, cent: a.amount }] },
      ],
    });
    const parallel = createDb(url, { max: 5 });
    try {
      const ergebnisse = await Promise.all(
        Array.from({ length: 5 }, () =>
          importiereAuszug(parallel, {
            oes: OES,
            oeSchluessel: OE,
            inhalt,
            dateiname: "a.xml",
            vonKontoId: KASSE,
          }),
        ),
      );
      expect(ergebnisse.filter((r) => r.ok)).toHaveLength(1);
      expect(
        ergebnisse.filter((r) => !r.ok && r.fehler === "datei-bereits-importiert"),
      ).toHaveLength(4);
    } finally {
      await parallel.$client.end();
    }
    const verlauf = await listEvents(db, { id: a.id });
    expect(
      verlauf.ok && verlauf.data.filter((e) => e.type === "payment_intent.succeeded"),
    ).toHaveLength(1);
  });

  it.each([
    [
      "malformed XML",
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>',
      "XML",
    ],
    [
      "a DOCTYPE with entities (billion laughs)",
      '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>&lol2;</MsgId></GrpHdr></BkToCstmrDbtCdtNtfctn></Document>',
      "DOCTYPE",
    ],
    [
      "an external entity (XXE)",
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">&x;</Document>',
      "DOCTYPE",
    ],
    [
      "an unsupported version",
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>',
      "Version",
    ],
    [
      "a pain.008 instead of a statement",
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"><CstmrDrctDbtInitn/></Document>',
      "camt",
    ],
    [
      "no message id",
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><GrpHdr/><Ntfctn/></BkToCstmrDbtCdtNtfctn></Document>',
      "MsgId",
    ],
    ["an empty file", "  ", "leer"],
  ])("refuses %s with datei-ungueltig, storing nothing", async (_name, inhalt, teil) => {
    const vorher = await db.select({ n: count() }).from(auszugImport);
    const r = await importiere(inhalt);
    expect(r).toMatchObject({ ok: false, fehler: "datei-ungueltig" });
    expect(!r.ok && r.meldung.de).toContain(teil);
    expect(!r.ok && r.meldung.en.length).toBeGreaterThan(10);
    expect(await db.select({ n: count() }).from(auszugImport)).toEqual(vorher);
  });
});
