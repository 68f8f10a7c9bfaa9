import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { rueckgabegrund } from "@portal/payments/sepa";
import {
  confirm,
  create,
  lokalerSepaAnbieter,
  speichereKassenkonto,
  verbucheErgebnis,
} from "@portal/payments/server";
import { nachricht } from "@portal/postfach/schema";
import { sendeNachricht as postfachSende } from "@portal/postfach/server";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SendeNachricht } from "../src/ports.ts";
import { antrag, antragEreignis } from "../src/schema.ts";
import { ladeMeinenAntrag } from "../src/services/bearbeitung.ts";
import { reicheEin } from "../src/services/einreichung.ts";
import { speichereEntwurf } from "../src/services/entwurf.ts";
import { verknuepfeZahlung, vermerkeZahlung } from "../src/services/zahlung.ts";
import { keineDatei, neuesKonto, postfach, verschluessele } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const OE = "oe:stadt-dresden-strassenverkehr";
const VORAB = {
  betragCent: 3070,
  faelligAm: "2026-12-22",
  glaeubigerId: "DE98ZZZ09999999999",
  mandatsreferenz: "M-2026-0001-000001-55",
  kassenzeichen: "2026-0001-000001-55",
  iban: "DE89 **** 3000",
};

let zaehler = 0;
async function eingereicht(
  kontoId: string,
  zahlung?: Parameters<typeof reicheEin>[1]["zahlung"],
  mails = postfach(),
) {
  const e = await speichereEntwurf(db, {
    loescheDatei: keineDatei,
    zugang: { kontoId },
    formular: "bewohnerparkausweis",
    version: 1,
    antworten: { kennzeichen: "DD-AB 1234" },
  });
  if (!e.ok) throw new Error(e.fehler);
  const eingabe = {
    entwurfId: e.entwurf.id,
    berechtigung: { kontoId, vertrauensniveau: "substanziell" as const },
    leistung: "bewohnerparkausweis-beantragen",
    leistungsname: "Bewohnerparkausweis beantragen",
    oeSchluessel: OE,
    stellenname: "Straßenverkehrsbehörde Dresden",
    praefix: "BPA",
    antworten: { kennzeichen: "DD-AB 1234" },
    idempotenzSchluessel: e.entwurf.id,
    verschluessele,
    post: mails.post,
    ...(zahlung ? { zahlung } : {}),
  };
  const r = await reicheEin(db, eingabe);
  if (!r.ok) throw new Error(r.fehler);
  return { ...r.antrag, eingabe, mails: mails.mails };
}

const intent = () => `pi_test${++zaehler}${Date.now()}`;
const verlauf = (antragId: string) =>
  db
    .select()
    .from(antragEreignis)
    .where(eq(antragEreignis.antragId, antragId))
    .orderBy(asc(antragEreignis.id));

describe("reicheEin with a paid fee", () => {
  it("stores the intent on the application and sends the pre-notification once, with the IBAN masked", async () => {
    const k = await neuesKonto(db);
    const id = intent();
    const a = await eingereicht(k.id, { intentId: id, vorabankuendigung: VORAB });
    const [row] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(row?.zahlungIntentId).toBe(id);
    const [erster] = await verlauf(a.id);
    expect(erster?.data).toMatchObject({ nach: "eingegangen", zahlung: id });
    expect(a.mails).toHaveLength(2);
    const vorab = a.mails[1];
    expect(vorab?.an).toBe(k.email);
    expect(vorab?.betreff).toContain("SEPA-Lastschrift");
    for (const teil of [
      "30,70",
      "22. Dezember 2026",
      "DE98ZZZ09999999999",
      "M-2026-0001-000001-55",
      "2026-0001-000001-55",
      "DE89 **** 3000",
    ])
      expect(vorab?.text).toContain(teil);
    // A retry (confirm succeeded, the first submit's answer was lost) finds it and mails nothing.
    const again = await reicheEin(db, a.eingabe);
    expect(again.ok && again.neu).toBe(false);
    expect(a.mails).toHaveLength(2);
  });

  it("without a fee the column stays empty and only the confirmation goes out", async () => {
    const k = await neuesKonto(db);
    const a = await eingereicht(k.id);
    const [row] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(row?.zahlungIntentId).toBeNull();
    expect(a.mails).toHaveLength(1);
  });
});

describe("vermerkeZahlung", () => {
  it("a payment of no application is fine: nothing to do", async () => {
    const { post, mails } = postfach();
    const r = await vermerkeZahlung(db, { intentId: "pi_unbekannt", status: "failed", post });
    expect(r).toEqual({ ok: true, antragId: null, neu: false, benachrichtigt: false });
    expect(mails).toHaveLength(0);
  });

  it("records a success in the history, once however often the statement is imported", async () => {
    const k = await neuesKonto(db);
    const id = intent();
    const a = await eingereicht(k.id, { intentId: id });
    const { post, mails } = postfach();
    const r = await vermerkeZahlung(db, { intentId: id, status: "succeeded", post });
    expect(r).toEqual({ ok: true, antragId: a.id, neu: true, benachrichtigt: false });
    const r2 = await vermerkeZahlung(db, { intentId: id, status: "succeeded", post });
    expect(r2.neu).toBe(false);
    const eintraege = (await verlauf(a.id)).filter((e) => e.art === "zahlung");
    expect(eintraege).toHaveLength(1);
    expect(eintraege[0]?.data).toEqual({ intentId: id, status: "succeeded" });
    expect(mails).toHaveLength(0);
  });

  it("on a return tells the citizen why and what to do, in the Postfach and by mail, in the history", async () => {
    const k = await neuesKonto(db);
    const id = intent();
    const a = await eingereicht(k.id, { intentId: id, vorabankuendigung: VORAB });
    const { post, mails } = postfach();
    const sendeNachricht: SendeNachricht = (tx, n) => postfachSende(tx, n, { post });
    const grund = {
      code: "MD06",
      de: "Der Kontoinhaber hat die Lastschrift bei seiner Bank zurückgeben lassen (Erstattungsverlangen).",
      en: "The account holder asked their bank to refund the direct debit.",
    };
    const r = await vermerkeZahlung(db, {
      intentId: id,
      status: "failed",
      grund,
      post,
      sendeNachricht,
      stellenname: () => "Straßenverkehrsbehörde Dresden",
    });
    expect(r).toEqual({ ok: true, antragId: a.id, neu: true, benachrichtigt: true });
    const [brief] = await db.select().from(nachricht).where(eq(nachricht.kontoId, k.id));
    expect(brief).toMatchObject({
      verfahren: a.aktenzeichen,
      absenderName: "Straßenverkehrsbehörde Dresden",
    });
    expect(brief?.text).toContain(grund.de);
    expect(brief?.text).toContain("Gebühr per Überweisung bezahlen");
    const mail = mails.find((m) => m.betreff.includes("noch offen"));
    expect(mail?.an).toBe(k.email);
    expect(mail?.text).toContain(grund.de);
    expect(mail?.text).toContain(`/de/konto/antraege/${a.id}`);
    const [eintrag] = (await verlauf(a.id)).filter((e) => e.art === "zahlung");
    expect(eintrag?.data).toEqual({ intentId: id, status: "failed", grund });
    // The citizen's view lists it (the history of the applicant shows payment entries).
    const mein = await ladeMeinenAntrag(db, { id: a.id, kontoId: k.id });
    expect(mein?.zahlungIntentId).toBe(id);
    expect(mein?.verlauf.map((v) => v.art)).toContain("zahlung");
  });

  it("writes nothing when the Postfach refuses the message (entry and message commit together)", async () => {
    const k = await neuesKonto(db);
    const id = intent();
    const a = await eingereicht(k.id, { intentId: id });
    const { post } = postfach();
    await expect(
      vermerkeZahlung(db, {
        intentId: id,
        status: "failed",
        post,
        sendeNachricht: async () => ({ ok: false }),
      }),
    ).rejects.toThrow();
    expect((await verlauf(a.id)).filter((e) => e.art === "zahlung")).toHaveLength(0);
  });
});

describe("verknuepfeZahlung", () => {
  it("replaces the failed intent with a new one, in the history; only the owner, only from the current one", async () => {
    const k = await neuesKonto(db);
    const andere = await neuesKonto(db);
    const alt = intent();
    const neu = intent();
    const a = await eingereicht(k.id, { intentId: alt });
    expect(
      await verknuepfeZahlung(db, {
        antragId: a.id,
        kontoId: andere.id,
        intentId: neu,
        bisher: alt,
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });
    expect(
      await verknuepfeZahlung(db, { antragId: a.id, kontoId: k.id, intentId: neu, bisher: "pi_x" }),
    ).toEqual({ ok: false, fehler: "zahlung-geaendert" });
    const r = await verknuepfeZahlung(db, {
      antragId: a.id,
      kontoId: k.id,
      intentId: neu,
      bisher: alt,
    });
    expect(r).toEqual({ ok: true, antragId: a.id });
    // A retry of the same link changes nothing.
    await verknuepfeZahlung(db, { antragId: a.id, kontoId: k.id, intentId: neu, bisher: alt });
    const [row] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(row?.zahlungIntentId).toBe(neu);
    const eintraege = (await verlauf(a.id)).filter((e) => e.art === "zahlung");
    expect(eintraege.map((e) => e.data)).toEqual([
      { intentId: neu, status: "processing", ersetzt: alt },
    ]);
    // The bank's answer on the new one finds the application; on the old one, nothing.
    const { post } = postfach();
    expect((await vermerkeZahlung(db, { intentId: neu, status: "succeeded", post })).antragId).toBe(
      a.id,
    );
    expect(
      (await vermerkeZahlung(db, { intentId: alt, status: "failed", post })).antragId,
    ).toBeNull();
  });
});

describe("with @portal/payments as it is (the contract the web app wires)", () => {
  it("a debit confirmed, the application submitted with it, the bank's MD06 return recorded and told", async () => {
    const k = await neuesKonto(db);
    const jetzt = new Date("2026-12-07T09:00:00Z");
    const provider = lokalerSepaAnbieter();
    const kasse = await speichereKassenkonto(db, {
      oeSchluessel: OE,
      glaeubigerId: "DE98ZZZ09999999999",
      kontoinhaber: "Stadtkasse (Test)",
      iban: "DE02120300000000202051",
      bic: "BYLADEM1001",
      lastschrift: true,
      ueberweisung: true,
    });
    if (!kasse.ok) throw new Error(kasse.meldung.de);
    const erstellt = await create(db, {
      amount: 3070,
      description: "Gebühr Bewohnerparkausweis (ein Jahr)",
      paymentMethodType: "sepa_debit",
      oeSchluessel: OE,
      metadata: { formular: "bewohnerparkausweis" },
      idempotencyKey: `test-${crypto.randomUUID()}`,
      jetzt,
    });
    if (!erstellt.ok) throw new Error(erstellt.fehler);
    const bestaetigt = await confirm(db, {
      id: erstellt.intent.id,
      provider,
      zahlungsmittel: {
        type: "sepa_debit",
        kontoinhaber: "Erika Mustermann",
        iban: "de89 3704 0044 0532 0130 00",
      },
      jetzt,
    });
    if (!bestaetigt.ok) throw new Error(bestaetigt.fehler);
    const na = bestaetigt.intent.nextAction as Record<string, string>;
    const mails = postfach();
    const a = await eingereicht(
      k.id,
      {
        intentId: bestaetigt.intent.id,
        vorabankuendigung: {
          betragCent: bestaetigt.intent.amount,
          faelligAm: na.faelligAm ?? "",
          glaeubigerId: na.glaeubigerId ?? "",
          mandatsreferenz: na.mandatsreferenz ?? "",
          kassenzeichen: bestaetigt.intent.kassenzeichen,
          iban: na.iban ?? "",
        },
      },
      mails,
    );
    const vorab = mails.mails.find((m) => m.betreff.includes("SEPA-Lastschrift"));
    expect(vorab?.text).toContain(`M-${bestaetigt.intent.kassenzeichen}`);
    expect(vorab?.text).toContain("DE89 **** 3000");
    expect(vorab?.text).not.toContain("DE89370400440532013000");

    const zurueck = await verbucheErgebnis(db, {
      id: bestaetigt.intent.id,
      ergebnis: "failed",
      grund: { code: "MD06" },
    });
    if (!zurueck.ok) throw new Error(zurueck.fehler);
    const grund = rueckgabegrund(zurueck.intent.lastPaymentError?.code);
    const r = await vermerkeZahlung(db, {
      intentId: zurueck.intent.id,
      status: "failed",
      grund: { code: grund.code, de: grund.de, en: grund.en },
      post: mails.post,
      sendeNachricht: (tx, n) => postfachSende(tx, n, { post: mails.post }),
    });
    expect(r).toMatchObject({ antragId: a.id, neu: true, benachrichtigt: true });
    const mein = await ladeMeinenAntrag(db, { id: a.id, kontoId: k.id });
    expect(mein?.zahlungIntentId).toBe(bestaetigt.intent.id);

    // "Pay by transfer": a new intent, linked in place of the returned one.
    const ueberweisung = await create(db, {
      amount: zurueck.intent.amount,
      description: zurueck.intent.description,
      paymentMethodType: "bank_transfer",
      oeSchluessel: OE,
      idempotencyKey: `antrag-ueberweisung:${a.id}:${zurueck.intent.id}`,
    });
    if (!ueberweisung.ok) throw new Error(ueberweisung.fehler);
    const offen = await confirm(db, { id: ueberweisung.intent.id, provider });
    if (!offen.ok) throw new Error(offen.fehler);
    expect(offen.intent.status).toBe("processing");
    const v = await verknuepfeZahlung(db, {
      antragId: a.id,
      kontoId: k.id,
      intentId: offen.intent.id,
      bisher: zurueck.intent.id,
      status: offen.intent.status,
    });
    expect(v.ok).toBe(true);
    const arten = (await verlauf(a.id)).map((e) => [e.art, e.data?.status ?? null]);
    expect(arten).toEqual([
      ["eingereicht", null],
      ["zahlung", "failed"],
      ["zahlung", "processing"],
    ]);
  });
});
