import { zugriffsprotokoll } from "@portal/auth/schema";
import { protokolliereZugriff } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { antrag, antragAnlage, antragEreignis, apiSchluessel } from "../src/schema.ts";
import {
  API_SCHLUESSEL_MUSTER,
  authentifiziereApiSchluessel,
  erzeugeApiSchluessel,
  type Fachverfahren,
  hinterlegeApiSchluessel,
  listeApiSchluessel,
  widerrufeApiSchluessel,
} from "../src/services/api-schluessel.ts";
import { ladeMeinenAntrag } from "../src/services/bearbeitung.ts";
import { reicheEin } from "../src/services/einreichung.ts";
import { speichereEntwurf } from "../src/services/entwurf.ts";
import {
  ladeZustellung,
  ladeZustellungsanlage,
  listeNeueAntraege,
  quittiere,
} from "../src/services/zustellung.ts";
import { keineDatei, neuesKonto, postfach, protokoll, verschluessele } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const DRESDEN = "oe:dresden-buergeramt";
const LEIPZIG = "oe:leipzig-buergeramt";

async function antragFuer(
  oe: string,
  { jetzt = new Date(), anlage = false }: { jetzt?: Date; anlage?: boolean } = {},
) {
  const k = await neuesKonto(db);
  const e = await speichereEntwurf(db, {
    zugang: { kontoId: k.id },
    formular: "f",
    version: 1,
    antworten: {},
    loescheDatei: keineDatei,
  });
  if (!e.ok) throw new Error(e.fehler);
  const r = await reicheEin(db, {
    entwurfId: e.entwurf.id,
    berechtigung: { kontoId: k.id, vertrauensniveau: "niedrig" },
    leistung: "meldebescheinigung",
    leistungsname: "Meldebescheinigung",
    oeSchluessel: oe,
    stellenname: "Stelle",
    praefix: "MB",
    antworten: { vorname: "Erika" },
    anlagen: anlage
      ? [
          {
            dateiname: "nachweis.pdf",
            medientyp: "application/pdf",
            groesse: 1234,
            ablageSchluessel: `antraege/${e.entwurf.id}/a1`,
          },
        ]
      : [],
    idempotenzSchluessel: e.entwurf.id,
    verschluessele,
    post: postfach().post,
    jetzt,
  });
  if (!r.ok) throw new Error(r.fehler);
  return { ...r.antrag, kontoId: k.id };
}

async function schluesselFuer(oe: string, name = "Fachverfahren") {
  const admin = await neuesKonto(db);
  const r = await erzeugeApiSchluessel(db, {
    verwalter: { kontoId: admin.id, oes: [oe] },
    oeSchluessel: oe,
    name,
  });
  if (!r.ok) throw new Error(r.fehler);
  const fv = await authentifiziereApiSchluessel(db, { schluessel: r.geheimnis });
  if (!fv) throw new Error("key does not authenticate");
  return { ...r, fachverfahren: fv, adminId: admin.id };
}

describe("API keys", () => {
  it("creates a key shown once, stores only its prefix and hash, and authenticates it", async () => {
    const admin = await neuesKonto(db);
    const { eintraege, protokolliere } = protokoll();
    const r = await erzeugeApiSchluessel(db, {
      verwalter: { kontoId: admin.id, oes: [DRESDEN] },
      oeSchluessel: DRESDEN,
      name: "  OK.VERWA  ",
      protokolliere,
    });
    if (!r.ok) throw new Error(r.fehler);
    expect(eintraege).toEqual([
      expect.objectContaining({
        mitarbeiterKontoId: admin.id,
        oeSchluessel: DRESDEN,
        aktion: "api-schluessel-angelegt",
        gegenstand: `api-schluessel:${r.schluessel.id}`,
      }),
    ]);
    expect(JSON.stringify(eintraege)).not.toContain(r.geheimnis);
    expect(r.geheimnis).toMatch(API_SCHLUESSEL_MUSTER);
    expect(r.geheimnis.startsWith(`sk_${r.schluessel.praefix}_`)).toBe(true);
    expect(r.schluessel).toMatchObject({ name: "OK.VERWA", oeSchluessel: DRESDEN });
    expect(r.schluessel).not.toHaveProperty("hash");

    const [row] = await db
      .select()
      .from(apiSchluessel)
      .where(eq(apiSchluessel.id, r.schluessel.id));
    expect(row?.hash).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(r.geheimnis.split("_").slice(2).join("_"));

    const fv = await authentifiziereApiSchluessel(db, { schluessel: r.geheimnis });
    expect(fv).toEqual({
      schluesselId: r.schluessel.id,
      oeSchluessel: DRESDEN,
      name: "OK.VERWA",
      erstelltVon: admin.id,
    });
  });

  it("refuses keys of an authority the admin does not administer, and bad names", async () => {
    const admin = await neuesKonto(db);
    const verwalter = { kontoId: admin.id, oes: [DRESDEN] };
    expect(await erzeugeApiSchluessel(db, { verwalter, oeSchluessel: LEIPZIG, name: "x" })).toEqual(
      { ok: false, fehler: "nicht-berechtigt" },
    );
    for (const name of ["", "   ", "a".repeat(101), "zeile\numbruch"])
      expect(await erzeugeApiSchluessel(db, { verwalter, oeSchluessel: DRESDEN, name })).toEqual({
        ok: false,
        fehler: "name-ungueltig",
      });
  });

  it("refuses a missing, malformed, unknown or wrong key", async () => {
    const { geheimnis } = await schluesselFuer(DRESDEN);
    const praefix = geheimnis.slice(3, 15);
    const falsch = `sk_${praefix}_${"A".repeat(43)}`;
    for (const schluessel of [
      null,
      undefined,
      "",
      "Bearer x",
      geheimnis.slice(0, -1),
      `${geheimnis}x`,
      falsch,
      `sk_ffffffffffff_${geheimnis.slice(16)}`,
    ])
      expect(await authentifiziereApiSchluessel(db, { schluessel })).toBeNull();
  });

  it("revokes a key once; a revoked key is refused; another authority's key is not found", async () => {
    const { geheimnis, schluessel, adminId } = await schluesselFuer(DRESDEN);
    const fremd = await neuesKonto(db);
    expect(
      await widerrufeApiSchluessel(db, {
        verwalter: { kontoId: fremd.id, oes: [LEIPZIG] },
        id: schluessel.id,
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });
    expect(
      await widerrufeApiSchluessel(db, {
        verwalter: { kontoId: fremd.id, oes: [LEIPZIG] },
        id: "kein-uuid",
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });
    expect(await authentifiziereApiSchluessel(db, { schluessel: geheimnis })).not.toBeNull();

    const verwalter = { kontoId: adminId, oes: [DRESDEN] };
    const erst = new Date("2026-03-01T10:00:00Z");
    const { eintraege, protokolliere } = protokoll();
    const r1 = await widerrufeApiSchluessel(db, {
      verwalter,
      id: schluessel.id,
      protokolliere,
      jetzt: erst,
    });
    expect(r1).toMatchObject({ ok: true, neu: true, schluessel: { widerrufenAm: erst } });
    const r2 = await widerrufeApiSchluessel(db, { verwalter, id: schluessel.id, protokolliere });
    expect(eintraege).toEqual([
      expect.objectContaining({
        mitarbeiterKontoId: adminId,
        aktion: "api-schluessel-widerrufen",
        gegenstand: `api-schluessel:${schluessel.id}`,
      }),
    ]);
    expect(r2).toMatchObject({ ok: true, neu: false, schluessel: { widerrufenAm: erst } });
    expect(await authentifiziereApiSchluessel(db, { schluessel: geheimnis })).toBeNull();
  });

  it("lists only the admin's authorities' keys, without secrets", async () => {
    const a = await schluesselFuer("oe:liste-a", "A");
    await schluesselFuer("oe:liste-b", "B");
    const liste = await listeApiSchluessel(db, {
      verwalter: { kontoId: a.adminId, oes: ["oe:liste-a"] },
    });
    expect(liste.map((s) => s.name)).toEqual(["A"]);
    expect(JSON.stringify(liste)).not.toContain(a.geheimnis);
    expect(liste[0]).not.toHaveProperty("hash");
  });

  it("notes the last use at most once a minute", async () => {
    const { geheimnis, schluessel } = await schluesselFuer(DRESDEN);
    const t0 = new Date("2030-01-01T10:00:00Z");
    const zuletzt = async () =>
      (await db.select().from(apiSchluessel).where(eq(apiSchluessel.id, schluessel.id)))[0]
        ?.zuletztBenutztAm;
    // The helper authenticated it just now (real clock); set a known start.
    await db
      .update(apiSchluessel)
      .set({ zuletztBenutztAm: t0 })
      .where(eq(apiSchluessel.id, schluessel.id));
    await authentifiziereApiSchluessel(db, {
      schluessel: geheimnis,
      jetzt: new Date(t0.getTime() + 30_000),
    });
    expect(await zuletzt()).toEqual(t0);
    const spaeter = new Date(t0.getTime() + 61_000);
    await authentifiziereApiSchluessel(db, { schluessel: geheimnis, jetzt: spaeter });
    expect(await zuletzt()).toEqual(spaeter);
  });
});

describe("delivery to the Fachverfahren", () => {
  it("lists only the key's authority's new applications, oldest first, with paging and since", async () => {
    const oe = "oe:zustellung-liste";
    const { fachverfahren } = await schluesselFuer(oe);
    const t = (min: number) => new Date(Date.UTC(2026, 2, 1, 10, min));
    const a1 = await antragFuer(oe, { jetzt: t(1) });
    const a2 = await antragFuer(oe, { jetzt: t(2) });
    const a3 = await antragFuer(oe, { jetzt: t(3) });
    await antragFuer("oe:zustellung-andere", { jetzt: t(2) });

    const alle = await listeNeueAntraege(db, { fachverfahren });
    expect(alle.gesamt).toBe(3);
    expect(alle.antraege.map((a) => a.id)).toEqual([a1.id, a2.id, a3.id]);
    expect(alle.antraege[0]).toMatchObject({
      aktenzeichen: a1.aktenzeichen,
      oeSchluessel: oe,
      leistung: "meldebescheinigung",
    });
    expect(alle.antraege[0]).not.toHaveProperty("umschlag");

    const seite2 = await listeNeueAntraege(db, { fachverfahren, offset: 1, limit: 1 });
    expect(seite2).toMatchObject({ gesamt: 3, offset: 1, limit: 1 });
    expect(seite2.antraege.map((a) => a.id)).toEqual([a2.id]);

    const seit = await listeNeueAntraege(db, { fachverfahren, seit: t(2) });
    expect(seit.antraege.map((a) => a.id)).toEqual([a2.id, a3.id]);

    expect((await listeNeueAntraege(db, { fachverfahren, limit: 10_000 })).limit).toBe(500);
    expect((await listeNeueAntraege(db, { fachverfahren, limit: 0, offset: -3 })).offset).toBe(0);
  });

  it("returns the envelope exactly as stored, logs the fetch, and hides it from another authority", async () => {
    const { fachverfahren, adminId } = await schluesselFuer(DRESDEN);
    const fremd = (await schluesselFuer(LEIPZIG)).fachverfahren;
    const a = await antragFuer(DRESDEN, { anlage: true });
    const { eintraege, protokolliere } = protokoll();

    const z = await ladeZustellung(db, { id: a.id, fachverfahren, protokolliere });
    const [gespeichert] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(z?.umschlag).toBe(gespeichert?.umschlag);
    expect(z).toMatchObject({ aktenzeichen: a.aktenzeichen, quittiertAm: null });
    expect(z?.anlagen).toEqual([
      expect.objectContaining({ dateiname: "nachweis.pdf", medientyp: "application/pdf" }),
    ]);
    expect(z?.anlagen[0]).not.toHaveProperty("ablageSchluessel");
    expect(eintraege).toEqual([
      expect.objectContaining({
        mitarbeiterKontoId: adminId,
        oeSchluessel: DRESDEN,
        aktion: "fachverfahren-abgerufen",
        gegenstand: `antrag:${a.id}`,
        betroffenesKontoId: a.kontoId,
      }),
    ]);
    const verlauf = await db
      .select()
      .from(antragEreignis)
      .where(and(eq(antragEreignis.antragId, a.id), eq(antragEreignis.art, "abgerufen")));
    expect(verlauf[0]?.data).toEqual({ apiSchluessel: fachverfahren.schluesselId });

    const leer = protokoll();
    for (const id of [a.id, crypto.randomUUID(), "../etc/passwd", ""])
      expect(
        await ladeZustellung(db, { id, fachverfahren: fremd, protokolliere: leer.protokolliere }),
      ).toBeNull();
    expect(leer.eintraege).toEqual([]);
  });

  it("serves an attachment's reference only to the key's authority", async () => {
    const { fachverfahren } = await schluesselFuer(DRESDEN);
    const fremd = (await schluesselFuer(LEIPZIG)).fachverfahren;
    const a = await antragFuer(DRESDEN, { anlage: true });
    const b = await antragFuer(DRESDEN, { anlage: true });
    const [anlage] = await db.select().from(antragAnlage).where(eq(antragAnlage.antragId, a.id));
    const { eintraege, protokolliere } = protokoll();
    const r = await ladeZustellungsanlage(db, {
      antragId: a.id,
      anlageId: anlage!.id,
      fachverfahren,
      protokolliere,
    });
    expect(r).toMatchObject({
      ablageSchluessel: anlage!.ablageSchluessel,
      dateiname: "nachweis.pdf",
    });
    expect(eintraege.map((e) => e.aktion)).toEqual(["fachverfahren-anlage-abgerufen"]);
    // Another authority, another application's id with this attachment, malformed ids.
    for (const [antragId, anlageId, fv] of [
      [a.id, anlage!.id, fremd],
      [b.id, anlage!.id, fachverfahren],
      [a.id, "x", fachverfahren],
      ["x", anlage!.id, fachverfahren],
    ] as [string, string, Fachverfahren][])
      expect(
        await ladeZustellungsanlage(db, { antragId, anlageId, fachverfahren: fv, protokolliere }),
      ).toBeNull();
    expect(eintraege).toHaveLength(1);
  });

  it("acknowledges once: the application leaves the list, history and audit are written once", async () => {
    const oe = "oe:zustellung-quittung";
    const { fachverfahren } = await schluesselFuer(oe);
    const zweiter = (await schluesselFuer(oe, "Zweites System")).fachverfahren;
    const fremd = (await schluesselFuer(LEIPZIG)).fachverfahren;
    const a = await antragFuer(oe);
    const { eintraege, protokolliere } = protokoll();

    expect(await quittiere(db, { id: a.id, fachverfahren: fremd, protokolliere })).toEqual({
      ok: false,
      fehler: "nicht-gefunden",
    });
    expect(await quittiere(db, { id: "kaputt", fachverfahren, protokolliere })).toEqual({
      ok: false,
      fehler: "nicht-gefunden",
    });

    const jetzt = new Date("2026-03-02T08:00:00Z");
    const q1 = await quittiere(db, { id: a.id, fachverfahren, protokolliere, jetzt });
    expect(q1).toEqual({ ok: true, id: a.id, quittiertAm: jetzt, neu: true });
    const q2 = await quittiere(db, { id: a.id, fachverfahren, protokolliere });
    expect(q2).toEqual({ ok: true, id: a.id, quittiertAm: jetzt, neu: false });
    const q3 = await quittiere(db, { id: a.id, fachverfahren: zweiter, protokolliere });
    expect(q3).toMatchObject({ ok: true, neu: false });

    const [row] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(row).toMatchObject({ quittiertAm: jetzt, quittiertDurch: fachverfahren.schluesselId });
    const quittungen = await db
      .select()
      .from(antragEreignis)
      .where(and(eq(antragEreignis.antragId, a.id), eq(antragEreignis.art, "quittiert")));
    expect(quittungen).toHaveLength(1);
    expect(eintraege.map((e) => e.aktion)).toEqual(["fachverfahren-quittiert"]);
    expect((await listeNeueAntraege(db, { fachverfahren })).antraege).toEqual([]);

    // Still fetchable after the acknowledgement, with its time.
    const z = await ladeZustellung(db, { id: a.id, fachverfahren, protokolliere });
    expect(z?.quittiertAm).toEqual(jetzt);
  });

  it("acknowledges concurrently once", async () => {
    const oe = "oe:zustellung-parallel";
    const { fachverfahren } = await schluesselFuer(oe);
    const a = await antragFuer(oe);
    const { protokolliere } = protokoll();
    const ergebnisse = await Promise.all(
      Array.from({ length: 4 }, () => quittiere(db, { id: a.id, fachverfahren, protokolliere })),
    );
    expect(ergebnisse.filter((r) => r.ok && r.neu)).toHaveLength(1);
    expect(ergebnisse.every((r) => r.ok)).toBe(true);
  });

  it("writes the real audit trail in the fetch's transaction", async () => {
    const { fachverfahren, adminId } = await schluesselFuer(DRESDEN);
    const a = await antragFuer(DRESDEN);
    await ladeZustellung(db, { id: a.id, fachverfahren, protokolliere: protokolliereZugriff });
    const log = await db
      .select()
      .from(zugriffsprotokoll)
      .where(eq(zugriffsprotokoll.gegenstand, `antrag:${a.id}`));
    expect(log).toEqual([
      expect.objectContaining({ mitarbeiterKontoId: adminId, aktion: "fachverfahren-abgerufen" }),
    ]);
  });

  it("shows the citizen the acknowledgement but not the fetches", async () => {
    const oe = "oe:zustellung-buerger";
    const { fachverfahren } = await schluesselFuer(oe);
    const a = await antragFuer(oe);
    const { protokolliere } = protokoll();
    await ladeZustellung(db, { id: a.id, fachverfahren, protokolliere });
    await quittiere(db, { id: a.id, fachverfahren, protokolliere });
    const mein = await ladeMeinenAntrag(db, { id: a.id, kontoId: a.kontoId });
    expect(mein?.verlauf.map((e) => e.art)).toEqual(["eingereicht", "quittiert"]);
  });
});

describe("the stack's seeded key", () => {
  it("registers a key generated elsewhere once, and refuses another key under its prefix", async () => {
    const admin = await neuesKonto(db);
    const schluessel = `sk_0123456789ab_${"x".repeat(43)}`;
    const eingabe = {
      oeSchluessel: "oe:stack",
      name: "Fachverfahren (Demo)",
      schluessel,
      erstelltVonEmail: admin.email!,
    };
    expect(await hinterlegeApiSchluessel(db, eingabe)).toEqual({
      ok: true,
      neu: true,
      widerrufen: false,
    });
    expect(await hinterlegeApiSchluessel(db, eingabe)).toEqual({
      ok: true,
      neu: false,
      widerrufen: false,
    });
    expect(await authentifiziereApiSchluessel(db, { schluessel })).toMatchObject({
      oeSchluessel: "oe:stack",
      erstelltVon: admin.id,
    });
    expect(
      await hinterlegeApiSchluessel(db, {
        ...eingabe,
        schluessel: `sk_0123456789ab_${"y".repeat(43)}`,
      }),
    ).toEqual({ ok: false, fehler: "praefix-belegt" });
    expect(await hinterlegeApiSchluessel(db, { ...eingabe, schluessel: "sk_kurz" })).toEqual({
      ok: false,
      fehler: "format",
    });
    expect(
      await hinterlegeApiSchluessel(db, {
        ...eingabe,
        schluessel: `sk_ba9876543210_${"z".repeat(43)}`,
        erstelltVonEmail: "niemand@example.org",
      }),
    ).toEqual({ ok: false, fehler: "konto-unbekannt" });
  });
});
