import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { paymentEvent, webhookZustellung } from "../src/schema.ts";
import { speichereKassenkonto } from "../src/services/kasse.ts";
import { lokalerSepaAnbieter } from "../src/services/sepa-anbieter.ts";
import {
  legeWebhookAn,
  listeWebhooks,
  listeZustellungen,
  MAX_ZUSTELLVERSUCHE,
  pruefeWebhookUrl,
  stelleWebhookZu,
  widerrufeWebhook,
  zustellJob,
} from "../src/services/webhooks.ts";
import { cancel, confirm, create } from "../src/services/zahlung.ts";
import { kassenkontoVon } from "../src/testing.ts";
import { EREIGNISARTEN } from "../src/types.ts";
import { type Empfaenger, starteEmpfaenger } from "./webhook-empfaenger.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const KONTO = "11111111-1111-4111-8111-111111111111";
/** The subscriber runs on 127.0.0.1: these tests allow local targets, as the development stack does. */
const LOKAL = { lokaleZiele: true } as const;
const provider = lokalerSepaAnbieter();

let laufendeOe = 0;
/** A fresh authority with its cash-office account (the provider reads it on confirmation). */
async function neueOe() {
  const oe = `oe:webhook-test-${++laufendeOe}`;
  const r = await speichereKassenkonto(db, kassenkontoVon(oe));
  if (!r.ok) throw new Error(r.meldung.de);
  return oe;
}

const empfaenger: Empfaenger[] = [];
afterEach(async () => {
  for (const e of empfaenger.splice(0)) await e.stop();
});

/** A subscriber and a subscription of a fresh authority to it. */
async function abonniert(ereignisse?: string[]) {
  const oe = await neueOe();
  let geheimnis = "";
  const e = await starteEmpfaenger(() => geheimnis);
  empfaenger.push(e);
  const r = await legeWebhookAn(db, {
    oeSchluessel: oe,
    url: e.url,
    ereignisse,
    vonKontoId: KONTO,
    ...LOKAL,
  });
  if (!r.ok) throw new Error(r.meldung.de);
  geheimnis = r.geheimnis;
  return { oe, empfaenger: e, abonnement: r.abonnement, geheimnis };
}

async function ueberweisung(oe: string) {
  const r = await create(db, {
    amount: 3070,
    description: "Bewohnerparkausweis",
    paymentMethodType: "bank_transfer",
    oeSchluessel: oe,
  });
  if (!r.ok) throw new Error(r.meldung.de);
  return r.intent;
}

const zustellungenVon = (abonnementId: string) =>
  db
    .select()
    .from(webhookZustellung)
    .where(eq(webhookZustellung.abonnementId, abonnementId))
    .orderBy(webhookZustellung.id);

describe("webhook subscriptions", () => {
  it("checks the URL: https to a public host, no credentials, at most 2000 characters", () => {
    const ohne = { lokaleZiele: false };
    expect(pruefeWebhookUrl(" https://fv.example.de/hook ", ohne).ok).toBe(true);
    expect(pruefeWebhookUrl("https://8.8.8.8/hook", ohne).ok).toBe(true);
    expect(pruefeWebhookUrl("https://[2001:4860:4860::8888]/hook", ohne).ok).toBe(true);
    for (const falsch of [
      "",
      "fv.example.de/hook",
      "http://fv.example.de/hook",
      "ftp://fv.example.de/hook",
      "javascript:alert(1)",
      "https://user:pass@fv.example.de/hook",
      "https://user@fv.example.de/hook",
      `https://fv.example.de/${"a".repeat(2000)}`,
      // Local and internal targets, without WEBHOOK_LOKALE_ZIELE.
      "http://localhost:8080/x",
      "http://127.0.0.1:9/x",
      "http://[::1]:9/x",
      "https://localhost/x",
      "https://LocalHost./x",
      "https://api.localhost/x",
      "https://127.0.0.1/x",
      "https://0x7f.1/x", // the URL parser makes it 127.0.0.1
      "https://2130706433/x",
      "https://169.254.169.254/latest/meta-data/",
      "https://10.1.2.3/x",
      "https://172.20.0.1/x",
      "https://192.168.178.1/x",
      "https://100.64.0.1/x",
      "https://0.0.0.0/x",
      "https://[::1]/x",
      "https://[fd00::1]/x",
      "https://[fe80::1]/x",
      "https://[::ffff:127.0.0.1]/x",
      "https://[::ffff:169.254.169.254]/x",
      "https://[64:ff9b::a9fe:a9fe]/x",
    ]) {
      expect(pruefeWebhookUrl(falsch, ohne).ok, falsch).toBe(false);
    }
    const intern = pruefeWebhookUrl("https://169.254.169.254/", ohne);
    if (!intern.ok) {
      expect(intern.meldung.de).toContain("internes Netz");
      expect(intern.meldung.en).toContain("internal network");
    }
    const http = pruefeWebhookUrl("http://fv.example.de/", ohne);
    if (!http.ok) expect(http.meldung.de).toBe("Die Adresse muss mit https:// beginnen.");
  });

  it("with local targets allowed (WEBHOOK_LOKALE_ZIELE): http to localhost, 127.0.0.1, [::1]; https anywhere", () => {
    for (const gut of [
      "http://localhost:8080/x",
      "http://127.0.0.1:9/x",
      "http://[::1]:9/x",
      "https://10.1.2.3/x",
      "https://localhost/x",
      "https://fv.example.de/hook",
    ]) {
      expect(pruefeWebhookUrl(gut, LOKAL).ok, gut).toBe(true);
    }
    for (const falsch of [
      "http://fv.example.de/hook",
      "http://10.1.2.3/x",
      "https://u:p@localhost/",
    ]) {
      expect(pruefeWebhookUrl(falsch, LOKAL).ok, falsch).toBe(false);
    }
  });

  it("creates one with all events by default, shows the secret once, lists and revokes it", async () => {
    const oe = await neueOe();
    const protokoll: string[] = [];
    const protokolliere = async (_db: unknown, e: { aktion: string; gegenstand: string }) =>
      void protokoll.push(`${e.aktion} ${e.gegenstand}`);
    const r = await legeWebhookAn(db, {
      oeSchluessel: oe,
      url: "https://fv.example.de/hook",
      vonKontoId: KONTO,
      protokolliere,
    });
    if (!r.ok) throw new Error(r.meldung.de);
    expect(r.geheimnis).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/u);
    expect(r.abonnement.ereignisse).toEqual([...EREIGNISARTEN]);
    expect(JSON.stringify(r.abonnement)).not.toContain(r.geheimnis);

    const liste = await listeWebhooks(db, { oes: [oe] });
    expect(liste.data.map((a) => a.id)).toEqual([r.abonnement.id]);
    expect(JSON.stringify(liste)).not.toContain(r.geheimnis);
    expect((await listeWebhooks(db, { oes: ["oe:andere"] })).data).toEqual([]);

    // Another authority cannot revoke it.
    const fremd = await widerrufeWebhook(db, {
      oes: ["oe:andere"],
      id: r.abonnement.id,
      vonKontoId: KONTO,
    });
    expect(fremd).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    const w = await widerrufeWebhook(db, {
      oes: [oe],
      id: r.abonnement.id,
      vonKontoId: KONTO,
      protokolliere,
    });
    expect(w).toMatchObject({ ok: true, neu: true });
    const nochmal = await widerrufeWebhook(db, {
      oes: [oe],
      id: r.abonnement.id,
      vonKontoId: KONTO,
      protokolliere,
    });
    expect(nochmal).toMatchObject({ ok: true, neu: false });
    expect(protokoll).toEqual([
      `webhook-angelegt webhook:${r.abonnement.id}`,
      `webhook-widerrufen webhook:${r.abonnement.id}`,
    ]);
  });

  it("refuses a bad URL or no events with a message, and stores nothing", async () => {
    const oe = await neueOe();
    const url = await legeWebhookAn(db, {
      oeSchluessel: oe,
      url: "http://fv.example.de/",
      vonKontoId: KONTO,
    });
    expect(url).toMatchObject({ ok: false, fehler: "url-ungueltig", feld: "url" });
    if (!url.ok) expect(url.meldung.de).toContain("https://");
    const metadaten = await legeWebhookAn(db, {
      oeSchluessel: oe,
      url: "https://169.254.169.254/latest/meta-data/",
      vonKontoId: KONTO,
      lokaleZiele: false,
    });
    expect(metadaten).toMatchObject({ ok: false, fehler: "url-ungueltig", feld: "url" });
    const keine = await legeWebhookAn(db, {
      oeSchluessel: oe,
      url: "https://fv.example.de/",
      ereignisse: [],
      vonKontoId: KONTO,
    });
    expect(keine).toMatchObject({ ok: false, fehler: "ereignisse-ungueltig" });
    const unbekannt = await legeWebhookAn(db, {
      oeSchluessel: oe,
      url: "https://fv.example.de/",
      ereignisse: ["charge.succeeded"],
      vonKontoId: KONTO,
    });
    expect(unbekannt).toMatchObject({ ok: false, fehler: "ereignisse-ungueltig" });
    expect((await listeWebhooks(db, { oes: [oe] })).data).toEqual([]);
  });
});

describe("the outbox", () => {
  it("writes one row per event for each active subscription of the intent's authority that wants it", async () => {
    const alle = await abonniert();
    const nurErfolg = await legeWebhookAn(db, {
      oeSchluessel: alle.oe,
      url: "https://fv.example.de/erfolg",
      ereignisse: ["payment_intent.succeeded", "payment_intent.canceled"],
      vonKontoId: KONTO,
    });
    const widerrufen = await legeWebhookAn(db, {
      oeSchluessel: alle.oe,
      url: "https://fv.example.de/alt",
      vonKontoId: KONTO,
    });
    if (!nurErfolg.ok || !widerrufen.ok) throw new Error("setup");
    await widerrufeWebhook(db, { oes: [alle.oe], id: widerrufen.abonnement.id, vonKontoId: KONTO });
    const fremd = await abonniert();

    const intent = await ueberweisung(alle.oe);
    await cancel(db, { id: intent.id });

    const rows = await zustellungenVon(alle.abonnement.id);
    const typen = await db.select().from(paymentEvent).where(eq(paymentEvent.intentId, intent.id));
    expect(typen.map((t) => t.type)).toEqual(["payment_intent.created", "payment_intent.canceled"]);
    expect(rows.map((r) => r.eventId)).toEqual(typen.map((t) => t.id));
    expect(rows.every((r) => r.status === "offen" && r.versuche === 0)).toBe(true);
    // The snapshot is the intent right after each change.
    expect(rows.map((r) => r.intent.status)).toEqual(["requires_confirmation", "canceled"]);
    const erfolg = await zustellungenVon(nurErfolg.abonnement.id);
    expect(erfolg.map((r) => r.eventId)).toEqual([typen[1]?.id]);
    expect(await zustellungenVon(widerrufen.abonnement.id)).toEqual([]);
    expect(await zustellungenVon(fremd.abonnement.id)).toEqual([]);
  });

  it("rolls back with the state change: a refused confirm leaves no event and no delivery", async () => {
    const { oe, abonnement } = await abonniert();
    const r = await create(db, {
      amount: 3070,
      description: "Bewohnerparkausweis",
      paymentMethodType: "sepa_debit",
      oeSchluessel: oe,
    });
    if (!r.ok) throw new Error(r.meldung.de);
    const vorher = (await zustellungenVon(abonnement.id)).length;
    // A wrong IBAN: the provider refuses after the intent moved to requires_confirmation in the
    // same transaction, so that event and its outbox row must roll back too.
    const falsch = await confirm(db, {
      id: r.intent.id,
      provider,
      zahlungsmittel: {
        type: "sepa_debit",
        kontoinhaber: "Erika Mustermann",
        iban: "DE89370400440532013001",
      },
    });
    expect(falsch.ok).toBe(false);
    expect((await zustellungenVon(abonnement.id)).length).toBe(vorher);
    expect(vorher).toBe(1);

    // An explicit rollback around a successful change: neither the event nor the row stays.
    await expect(
      db.transaction(async (tx) => {
        await cancel(tx, { id: r.intent.id });
        expect(
          (
            await tx
              .select()
              .from(webhookZustellung)
              .where(eq(webhookZustellung.abonnementId, abonnement.id))
          ).length,
        ).toBe(2);
        throw new Error("absichtlich");
      }),
    ).rejects.toThrow("absichtlich");
    expect((await zustellungenVon(abonnement.id)).length).toBe(1);
    const events = await db
      .select()
      .from(paymentEvent)
      .where(eq(paymentEvent.intentId, r.intent.id));
    expect(events.map((e) => e.type)).toEqual(["payment_intent.created"]);
  });
});

describe("delivery", () => {
  it("POSTs the signed event with the intent as the API returns it; 2xx marks it delivered", async () => {
    const { oe, empfaenger: e, abonnement } = await abonniert();
    const intent = await ueberweisung(oe);
    const [row] = await zustellungenVon(abonnement.id);
    const r = await stelleWebhookZu(db, { zustellungId: row!.id, ...LOKAL });
    expect(r).toEqual({ ergebnis: "zugestellt", status: 200 });
    expect(e.anfragen).toHaveLength(1);
    const empfang = e.ereignisse.get(`evt_${row!.eventId}`);
    expect(empfang?.ereignis).toMatchObject({
      object: "event",
      type: "payment_intent.created",
      data: {
        object: {
          id: intent.id,
          object: "payment_intent",
          amount: 3070,
          status: "requires_confirmation",
          kassenzeichen: intent.kassenzeichen,
          oeSchluessel: oe,
          created: intent.created.toISOString(),
        },
      },
    });
    expect(empfang?.ereignis.created).toBe(Math.floor(intent.created.getTime() / 1000));
    const [danach] = await zustellungenVon(abonnement.id);
    expect(danach).toMatchObject({ status: "zugestellt", versuche: 1, letzterFehler: null });
    expect(danach?.zugestelltAm).toBeInstanceOf(Date);
    // Once delivered, a repeated job sends nothing.
    expect(await stelleWebhookZu(db, { zustellungId: row!.id, ...LOKAL })).toEqual({
      ergebnis: "erledigt",
    });
    expect(e.anfragen).toHaveLength(1);
    const liste = await listeZustellungen(db, {
      oes: [oe],
      abonnementId: abonnement.id,
      limit: 10,
    });
    expect(liste).toMatchObject({
      ok: true,
      data: [{ status: "zugestellt", type: "payment_intent.created", intentId: intent.id }],
    });
    expect(
      await listeZustellungen(db, { oes: ["oe:andere"], abonnementId: abonnement.id, limit: 10 }),
    ).toMatchObject({ ok: false });
  });

  it("a 500 is recorded and thrown (pg-boss retries); the retry delivers the same event once", async () => {
    const { oe, empfaenger: e, abonnement } = await abonniert();
    await ueberweisung(oe);
    const [row] = await zustellungenVon(abonnement.id);
    e.antworte = (n) => (n === 1 ? 500 : 204);
    const vorher = Date.now();
    await expect(zustellJob(db, { zustellungId: row!.id }, LOKAL)).rejects.toThrow(/HTTP 500/u);
    const [fehler] = await zustellungenVon(abonnement.id);
    expect(fehler).toMatchObject({
      status: "offen",
      versuche: 1,
      letzterFehler: "HTTP 500: kaputt",
    });
    expect(fehler!.naechsterVersuch.getTime()).toBeGreaterThanOrEqual(vorher + 9_000);
    await expect(zustellJob(db, { zustellungId: row!.id }, LOKAL)).resolves.toEqual({
      ergebnis: "zugestellt",
      status: 204,
    });
    // Both requests carried the same event id: the subscriber recorded it once.
    expect(e.anfragen).toHaveLength(2);
    expect(new Set(e.anfragen.map((a) => JSON.parse(a.body).id)).size).toBe(1);
    expect(e.ereignisse.size).toBe(1);
    const [gut] = await zustellungenVon(abonnement.id);
    expect(gut).toMatchObject({ status: "zugestellt", versuche: 2, letzterFehler: null });
  });

  it("a subscriber that does not answer in time counts as a failed attempt", async () => {
    const { oe, empfaenger: e, abonnement } = await abonniert();
    await ueberweisung(oe);
    const [row] = await zustellungenVon(abonnement.id);
    e.antworte = () => "haengen";
    const r = await stelleWebhookZu(db, { zustellungId: row!.id, timeoutMs: 300, ...LOKAL });
    expect(r).toMatchObject({ ergebnis: "fehlgeschlagen" });
    const [danach] = await zustellungenVon(abonnement.id);
    expect(danach).toMatchObject({ status: "offen", versuche: 1 });
    expect(danach?.letzterFehler).toMatch(/Zeitüberschreitung/u);
  });

  it("does not follow a redirect, and gives up after the last attempt", async () => {
    const { oe, empfaenger: e, abonnement } = await abonniert();
    await ueberweisung(oe);
    const [row] = await zustellungenVon(abonnement.id);
    e.antworte = (n) => (n === 1 ? 302 : 503);
    for (let versuch = 1; versuch < MAX_ZUSTELLVERSUCHE; versuch++) {
      await expect(zustellJob(db, { zustellungId: row!.id }, LOKAL)).rejects.toThrow();
    }
    expect(e.anfragen).toHaveLength(MAX_ZUSTELLVERSUCHE - 1);
    const [vorLetztem] = await zustellungenVon(abonnement.id);
    expect(vorLetztem).toMatchObject({ status: "offen", letzterFehler: "HTTP 503: kaputt" });
    // The last attempt completes the job (no more retries) with the row given up.
    await expect(zustellJob(db, { zustellungId: row!.id }, LOKAL)).resolves.toMatchObject({
      ergebnis: "aufgegeben",
    });
    const [aufgegeben] = await zustellungenVon(abonnement.id);
    expect(aufgegeben).toMatchObject({ status: "aufgegeben", versuche: MAX_ZUSTELLVERSUCHE });
    expect(await stelleWebhookZu(db, { zustellungId: row!.id, ...LOKAL })).toEqual({
      ergebnis: "erledigt",
    });
    expect(e.anfragen).toHaveLength(MAX_ZUSTELLVERSUCHE);
    expect(e.anfragen[0]?.gueltig).toBe(true);
  });

  it("gives up the open rows of a revoked subscription without a request", async () => {
    const { oe, empfaenger: e, abonnement } = await abonniert();
    await ueberweisung(oe);
    const [row] = await zustellungenVon(abonnement.id);
    await widerrufeWebhook(db, { oes: [oe], id: abonnement.id, vonKontoId: KONTO });
    expect(await stelleWebhookZu(db, { zustellungId: row!.id, ...LOKAL })).toMatchObject({
      ergebnis: "aufgegeben",
    });
    expect(e.anfragen).toHaveLength(0);
  });

  it("a second job for a row another job is sending now skips it (row lock, skip locked)", async () => {
    const { oe, empfaenger: e, abonnement } = await abonniert();
    await ueberweisung(oe);
    const [row] = await zustellungenVon(abonnement.id);
    let loslassen: () => void = () => {};
    const gehalten = new Promise<void>((r) => {
      loslassen = r;
    });
    const erster = db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from webhook_zustellung where id = ${row!.id} for update`);
      await gehalten;
    });
    expect(await stelleWebhookZu(db, { zustellungId: row!.id, ...LOKAL })).toEqual({
      ergebnis: "gesperrt",
    });
    loslassen();
    await erster;
    expect(e.anfragen).toHaveLength(0);
    expect(await stelleWebhookZu(db, { zustellungId: 987_654_321 })).toEqual({
      ergebnis: "unbekannt",
    });
    await expect(zustellJob(db, { zustellungId: "x" })).resolves.toEqual({ ergebnis: "unbekannt" });
  });
});

describe("delivery to internal addresses (server-side request forgery)", () => {
  /** A subscription to `url`, created as production would allow it, and one event for it. */
  async function abonniertOhneLokale(url: string) {
    const oe = await neueOe();
    const r = await legeWebhookAn(db, {
      oeSchluessel: oe,
      url,
      vonKontoId: KONTO,
      lokaleZiele: false,
    });
    if (!r.ok) throw new Error(r.meldung.de);
    await ueberweisung(oe);
    const [row] = await zustellungenVon(r.abonnement.id);
    return row!;
  }

  it("refuses a host name that resolves to 127.0.0.1, records it and retries like a failure", async () => {
    // The receiver is real and listening on 127.0.0.1: had the check let it through, the
    // request would arrive (the name resolves to the receiver).
    const e = await starteEmpfaenger(() => "");
    empfaenger.push(e);
    const port = new URL(e.url).port;
    const row = await abonniertOhneLokale(`https://fv.example.de:${port}/zahlungen`);
    const gefragt: string[] = [];
    const aufloesen = async (host: string) => {
      gefragt.push(host);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    await expect(
      zustellJob(db, { zustellungId: row.id }, { aufloesen, lokaleZiele: false }),
    ).rejects.toThrow(/Ziel-Adresse nicht öffentlich/u);
    expect(gefragt).toEqual(["fv.example.de"]);
    expect(e.anfragen).toHaveLength(0);
    const [danach] = await db
      .select()
      .from(webhookZustellung)
      .where(eq(webhookZustellung.id, row.id));
    expect(danach).toMatchObject({
      status: "offen",
      versuche: 1,
      letzterFehler: "Ziel-Adresse nicht öffentlich: fv.example.de → 127.0.0.1",
    });
  });

  it("refuses when any one address of the answer is internal (the client may pick any)", async () => {
    const row = await abonniertOhneLokale("https://fv.example.de/zahlungen");
    const r = await stelleWebhookZu(db, {
      zustellungId: row.id,
      lokaleZiele: false,
      aufloesen: async () => [
        { address: "8.8.8.8", family: 4 },
        { address: "::ffff:169.254.169.254", family: 6 },
      ],
    });
    expect(r).toEqual({
      ergebnis: "fehlgeschlagen",
      fehler: "Ziel-Adresse nicht öffentlich: fv.example.de → ::ffff:169.254.169.254",
    });
  });

  it("a DNS failure is a failed attempt with its reason", async () => {
    const row = await abonniertOhneLokale("https://fv.example.de/zahlungen");
    const r = await stelleWebhookZu(db, {
      zustellungId: row.id,
      lokaleZiele: false,
      aufloesen: async () => {
        throw Object.assign(new Error("getaddrinfo ENOTFOUND fv.example.de"), {
          code: "ENOTFOUND",
        });
      },
    });
    expect(r).toMatchObject({ ergebnis: "fehlgeschlagen" });
    if (r.ergebnis === "fehlgeschlagen")
      expect(r.fehler).toMatch(/^DNS-Auflösung von fv\.example\.de/u);
  });

  it("connects to the address it checked, not to a second DNS answer (rebinding)", async () => {
    // The subscriber listens on 127.0.0.2 (Linux routes all of 127/8 to the loopback), where the
    // system's resolver never sends "localhost". The played DNS answer says 127.0.0.2: the
    // request arrives only if the connection uses that answer rather than asking again.
    let geheimnis = "";
    const e = await starteEmpfaenger(() => geheimnis, "127.0.0.2");
    empfaenger.push(e);
    const oe = await neueOe();
    const port = new URL(e.url).port;
    const r = await legeWebhookAn(db, {
      oeSchluessel: oe,
      url: `http://localhost:${port}/zahlungen`,
      vonKontoId: KONTO,
      ...LOKAL,
    });
    if (!r.ok) throw new Error(r.meldung.de);
    geheimnis = r.geheimnis;
    await ueberweisung(oe);
    const [row] = await zustellungenVon(r.abonnement.id);
    const gefragt: string[] = [];
    const ergebnis = await stelleWebhookZu(db, {
      zustellungId: row!.id,
      ...LOKAL,
      aufloesen: async (host) => {
        gefragt.push(host);
        return [{ address: "127.0.0.2", family: 4 }];
      },
    });
    expect(ergebnis).toEqual({ ergebnis: "zugestellt", status: 200 });
    expect(gefragt).toEqual(["localhost"]);
    expect(e.anfragen).toHaveLength(1);
    expect(e.anfragen[0]?.gueltig).toBe(true);
  });

  it("refuses an http subscription made with local targets allowed once they no longer are", async () => {
    const { oe, empfaenger: e, abonnement } = await abonniert();
    await ueberweisung(oe);
    const [row] = await zustellungenVon(abonnement.id);
    const r = await stelleWebhookZu(db, { zustellungId: row!.id, lokaleZiele: false });
    expect(r).toMatchObject({ ergebnis: "fehlgeschlagen" });
    if (r.ergebnis === "fehlgeschlagen") expect(r.fehler).toMatch(/^Adresse nicht erlaubt: /u);
    expect(e.anfragen).toHaveLength(0);
  });

  it("reads at most 64 KB of an answer", async () => {
    const { createServer } = await import("node:http");
    let gesendet = 0;
    const server = createServer((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      // An endless answer: 1 MB chunks until the portal hangs up.
      const block = Buffer.alloc(1024 * 1024, "x");
      const weiter = () => {
        while (!res.destroyed && gesendet < 64 * 1024 * 1024) {
          gesendet += block.length;
          if (!res.write(block)) return void res.once("drain", weiter);
        }
      };
      weiter();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as import("node:net").AddressInfo;
      const oe = await neueOe();
      const abo = await legeWebhookAn(db, {
        oeSchluessel: oe,
        url: `http://127.0.0.1:${port}/x`,
        vonKontoId: KONTO,
        ...LOKAL,
      });
      if (!abo.ok) throw new Error(abo.meldung.de);
      await ueberweisung(oe);
      const [row] = await zustellungenVon(abo.abonnement.id);
      const r = await stelleWebhookZu(db, { zustellungId: row!.id, ...LOKAL });
      expect(r).toMatchObject({ ergebnis: "fehlgeschlagen" });
      if (r.ergebnis === "fehlgeschlagen") {
        expect(r.fehler).toMatch(/^HTTP 500: x+…$/u);
        expect(r.fehler).toHaveLength(500);
      }
      // The portal hung up long before the 64 MB the server would have sent.
      expect(gesendet).toBeLessThan(64 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
