import { zugriffsprotokoll } from "@portal/auth/schema";
import { protokolliereZugriff } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { nachricht } from "@portal/postfach/schema";
import { sendeNachricht as postfachSende } from "@portal/postfach/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Protokolliere, SendeNachricht } from "../src/ports.ts";
import { antrag, antragEreignis } from "../src/schema.ts";
import {
  beantworteRueckfrage,
  entscheide,
  ladeAntrag,
  ladeMeinenAntrag,
  listeAntraege,
  listeMeineAntraege,
  setzeStatus,
  stelleRueckfrage,
  weiseZu,
} from "../src/services/bearbeitung.ts";
import { reicheEin } from "../src/services/einreichung.ts";
import { speichereEntwurf } from "../src/services/entwurf.ts";
import type { FreierStatus } from "../src/types.ts";
import {
  entschluessele,
  keineDatei,
  nachrichten,
  neuerMitarbeiter,
  neuesKonto,
  postfach,
  protokoll,
  verschluessele,
} from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const DRESDEN = "oe:dresden-buergeramt";
const LEIPZIG = "oe:leipzig-buergeramt";
const ABSENDER = { oeSchluessel: DRESDEN, name: "Bürgeramt Dresden" };

async function antragVon(
  kontoId: string | null,
  {
    oe = DRESDEN,
    leistung = "wohnsitz-anmelden",
    jetzt = new Date(),
  }: { oe?: string; leistung?: string; jetzt?: Date } = {},
) {
  const e = await speichereEntwurf(db, {
    loescheDatei: keineDatei,
    zugang: kontoId ? { kontoId } : null,
    formular: "f",
    version: 1,
    antworten: { vorname: "Erika" },
  });
  if (!e.ok) throw new Error(e.fehler);
  const { post } = postfach();
  const r = await reicheEin(db, {
    entwurfId: e.entwurf.id,
    berechtigung: kontoId ? { kontoId, vertrauensniveau: "niedrig" } : { token: e.token! },
    leistung,
    leistungsname: "Leistung",
    oeSchluessel: oe,
    stellenname: "Stelle",
    praefix: "MB",
    antworten: { vorname: "Erika", geheim: "Steuer-ID 12345678901" },
    idempotenzSchluessel: e.entwurf.id,
    verschluessele,
    post,
    jetzt,
  });
  if (!r.ok) throw new Error(r.fehler);
  return r.antrag;
}

describe("the inbox", () => {
  it("lists only the staff member's authorities, with filters and paging", async () => {
    const buerger = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const januar = new Date("2026-01-10T10:00:00Z");
    const maerz = new Date("2026-03-10T10:00:00Z");
    const a1 = await antragVon(buerger.id, { jetzt: januar });
    const a2 = await antragVon(buerger.id, { leistung: "hund-anmelden", jetzt: maerz });
    const a3 = await antragVon(buerger.id, { jetzt: maerz });
    const leipzig = await antragVon(buerger.id, { oe: LEIPZIG });

    const alle = await listeAntraege(db, { oes: sb.oes, seite: 1 });
    expect(alle.gesamt).toBe(3);
    expect(alle.antraege.map((a) => a.id)).not.toContain(leipzig.id);
    // Newest first.
    expect(alle.antraege.at(-1)?.id).toBe(a1.id);
    // No answers and no applicant in the list.
    expect(JSON.stringify(alle)).not.toContain("Erika");
    expect(alle.antraege[0]).not.toHaveProperty("umschlag");
    expect(alle.antraege[0]).not.toHaveProperty("kontoId");

    expect(
      (await listeAntraege(db, { oes: sb.oes, filter: { leistung: "hund-anmelden" }, seite: 1 }))
        .antraege,
    ).toMatchObject([{ id: a2.id }]);
    expect(
      (
        await listeAntraege(db, {
          oes: sb.oes,
          filter: { von: new Date("2026-03-01T00:00:00Z"), bis: new Date("2026-04-01T00:00:00Z") },
          seite: 1,
        })
      ).gesamt,
    ).toBe(2);

    await weiseZu(db, {
      id: a3.id,
      bearbeiter: sb,
      an: sb.kontoId,
      protokolliere: protokoll().protokolliere,
    });
    await setzeStatus(db, {
      id: a3.id,
      bearbeiter: sb,
      status: "in_bearbeitung",
      protokolliere: protokoll().protokolliere,
    });
    const zugewiesen = await listeAntraege(db, {
      oes: sb.oes,
      filter: { zugewiesenAn: sb.kontoId },
      seite: 1,
    });
    expect(zugewiesen.antraege.map((a) => a.id)).toEqual([a3.id]);
    const offen = await listeAntraege(db, {
      oes: sb.oes,
      filter: { zugewiesenAn: null },
      seite: 1,
    });
    expect(offen.antraege.map((a) => a.id).sort()).toEqual([a1.id, a2.id].sort());
    expect(
      (await listeAntraege(db, { oes: sb.oes, filter: { status: "in_bearbeitung" }, seite: 1 }))
        .antraege,
    ).toMatchObject([{ id: a3.id, status: "in_bearbeitung", zugewiesenAn: sb.kontoId }]);

    const seite1 = await listeAntraege(db, { oes: sb.oes, seite: 1, proSeite: 2 });
    const seite2 = await listeAntraege(db, { oes: sb.oes, seite: 2, proSeite: 2 });
    expect(seite1).toMatchObject({ gesamt: 3, seiten: 2 });
    expect(seite1.antraege).toHaveLength(2);
    expect(seite2.antraege).toHaveLength(1);
    expect(new Set([...seite1.antraege, ...seite2.antraege].map((a) => a.id)).size).toBe(3);

    expect(await listeAntraege(db, { oes: [], seite: 1 })).toMatchObject({
      gesamt: 0,
      antraege: [],
    });
  });
});

describe("the detail view", () => {
  it("decrypts for the authority, logs every view, and is null for another authority", async () => {
    const buerger = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const leipzigSb = await neuerMitarbeiter(db, [LEIPZIG]);
    const a = await antragVon(buerger.id);
    const { eintraege, protokolliere } = protokoll();

    const detail = await ladeAntrag(db, {
      id: a.id,
      bearbeiter: sb,
      entschluessele,
      protokolliere,
    });
    expect(detail).toMatchObject({
      aktenzeichen: a.aktenzeichen,
      kontoId: buerger.id,
      antworten: { vorname: "Erika", geheim: "Steuer-ID 12345678901" },
      status: "eingegangen",
    });
    expect(detail?.verlauf.map((v) => v.art)).toEqual(["eingereicht"]);
    await ladeAntrag(db, { id: a.id, bearbeiter: sb, entschluessele, protokolliere });
    expect(eintraege).toEqual([
      expect.objectContaining({
        mitarbeiterKontoId: sb.kontoId,
        oeSchluessel: DRESDEN,
        aktion: "antrag-angesehen",
        gegenstand: `antrag:${a.id}`,
        betroffenesKontoId: buerger.id,
      }),
      expect.objectContaining({ aktion: "antrag-angesehen" }),
    ]);
    const verlauf = await db.select().from(antragEreignis).where(eq(antragEreignis.antragId, a.id));
    expect(verlauf.filter((v) => v.art === "angesehen")).toHaveLength(2);

    // Another authority's staff: as unknown, and nothing logged or decrypted.
    expect(
      await ladeAntrag(db, { id: a.id, bearbeiter: leipzigSb, entschluessele, protokolliere }),
    ).toBeNull();
    expect(
      await ladeAntrag(db, { id: "not-a-uuid", bearbeiter: sb, entschluessele, protokolliere }),
    ).toBeNull();
    expect(eintraege).toHaveLength(2);
    // Nor can they act on it.
    expect(
      await setzeStatus(db, {
        id: a.id,
        bearbeiter: leipzigSb,
        status: "in_bearbeitung",
        protokolliere,
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });
  });

  it("shows nothing when the audit trail cannot be written", async () => {
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const a = await antragVon((await neuesKonto(db)).id);
    const kaputt: Protokolliere = async () => {
      throw new Error("audit down");
    };
    await expect(
      ladeAntrag(db, { id: a.id, bearbeiter: sb, entschluessele, protokolliere: kaputt }),
    ).rejects.toThrow("audit down");
    const verlauf = await db.select().from(antragEreignis).where(eq(antragEreignis.antragId, a.id));
    expect(verlauf.map((v) => v.art)).toEqual(["eingereicht"]);
  });

  it("fits @portal/auth's audit trail and @portal/postfach's messages as they are", async () => {
    const buerger = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const a = await antragVon(buerger.id);
    const { post } = postfach();
    const sendeNachricht: SendeNachricht = (tx, n) => postfachSende(tx, n, { post });
    await ladeAntrag(db, {
      id: a.id,
      bearbeiter: sb,
      entschluessele,
      protokolliere: protokolliereZugriff,
    });
    await setzeStatus(db, {
      id: a.id,
      bearbeiter: sb,
      status: "in_bearbeitung",
      protokolliere: protokolliereZugriff,
    });
    const r = await stelleRueckfrage(db, {
      id: a.id,
      bearbeiter: sb,
      absender: ABSENDER,
      text: "Bitte reichen Sie die Wohnungsgeberbestätigung nach.",
      sendeNachricht,
      protokolliere: protokolliereZugriff,
    });
    expect(r).toEqual({ ok: true, status: "rueckfrage", zugestellt: true });
    const [brief] = await db.select().from(nachricht).where(eq(nachricht.kontoId, buerger.id));
    expect(brief).toMatchObject({
      verfahren: a.aktenzeichen,
      absenderName: "Bürgeramt Dresden",
      text: "Bitte reichen Sie die Wohnungsgeberbestätigung nach.",
    });
    const log = await db
      .select()
      .from(zugriffsprotokoll)
      .where(eq(zugriffsprotokoll.gegenstand, `antrag:${a.id}`));
    expect(log.map((l) => l.aktion)).toEqual([
      "antrag-angesehen",
      "antrag-status",
      "antrag-rueckfrage",
    ]);
  });
});

describe("processing", () => {
  it("runs eingegangen → in_bearbeitung → rueckfrage → (answer) → entschieden, refusing other transitions", async () => {
    const buerger = await neuesKonto(db);
    const fremd = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const a = await antragVon(buerger.id);
    const { eintraege, protokolliere } = protokoll();
    const { gesendet, sendeNachricht } = nachrichten();
    const basis = { id: a.id, bearbeiter: sb, protokolliere };

    // Not decided, nor asked, straight from "eingegangen".
    expect(
      await entscheide(db, {
        ...basis,
        absender: ABSENDER,
        ergebnis: "stattgegeben",
        text: "Ja.",
        sendeNachricht,
      }),
    ).toEqual({ ok: false, fehler: "uebergang-unzulaessig" });
    expect(
      await stelleRueckfrage(db, { ...basis, absender: ABSENDER, text: "?", sendeNachricht }),
    ).toEqual({ ok: false, fehler: "uebergang-unzulaessig" });
    expect(gesendet).toHaveLength(0);
    // setzeStatus only sets the states that need no message.
    expect(await setzeStatus(db, { ...basis, status: "entschieden" as FreierStatus })).toEqual({
      ok: false,
      fehler: "uebergang-unzulaessig",
    });

    expect(
      await setzeStatus(db, { ...basis, status: "in_bearbeitung", notiz: "Übernommen" }),
    ).toEqual({
      ok: true,
      status: "in_bearbeitung",
    });
    expect(await setzeStatus(db, { ...basis, status: "in_bearbeitung" })).toEqual({
      ok: false,
      fehler: "uebergang-unzulaessig",
    });

    const frage = await stelleRueckfrage(db, {
      ...basis,
      absender: ABSENDER,
      text: "Bitte nennen Sie den Einzugstag.",
      sendeNachricht,
    });
    expect(frage).toEqual({ ok: true, status: "rueckfrage", zugestellt: true });
    expect(gesendet).toEqual([
      expect.objectContaining({
        an: { kontoId: buerger.id },
        verfahren: a.aktenzeichen,
        absender: ABSENDER,
        text: "Bitte nennen Sie den Einzugstag.",
      }),
    ]);

    // The citizen answers: another account cannot, the own account can, once.
    const antwort = { id: a.id, text: "Am 1. Mai 2026.", verschluessele };
    expect(await beantworteRueckfrage(db, { ...antwort, kontoId: fremd.id })).toEqual({
      ok: false,
      fehler: "nicht-gefunden",
    });
    expect(await beantworteRueckfrage(db, { ...antwort, kontoId: buerger.id })).toEqual({
      ok: true,
      status: "in_bearbeitung",
    });
    expect(await beantworteRueckfrage(db, { ...antwort, kontoId: buerger.id })).toEqual({
      ok: false,
      fehler: "uebergang-unzulaessig",
    });
    const gespeichert = await db
      .select()
      .from(antragEreignis)
      .where(eq(antragEreignis.antragId, a.id));
    expect(JSON.stringify(gespeichert)).not.toContain("1. Mai");

    const entscheidung = await entscheide(db, {
      ...basis,
      absender: ABSENDER,
      ergebnis: "stattgegeben",
      text: "Ihre Anmeldung ist erfolgt.",
      sendeNachricht,
    });
    expect(entscheidung).toEqual({ ok: true, status: "entschieden", zugestellt: true });
    expect(gesendet).toHaveLength(2);
    expect(gesendet[1]?.betreff).toContain(a.aktenzeichen);

    // Final: nothing follows a decision.
    expect(await setzeStatus(db, { ...basis, status: "zurueckgezogen" })).toEqual({
      ok: false,
      fehler: "uebergang-unzulaessig",
    });

    // The history, as staff see it, with the citizen's answer decrypted.
    const detail = await ladeAntrag(db, { ...basis, entschluessele });
    expect(detail?.status).toBe("entschieden");
    expect(detail?.verlauf.map((v) => v.art)).toEqual([
      "eingereicht",
      "status",
      "rueckfrage",
      "antwort",
      "entscheidung",
    ]);
    expect(detail?.verlauf[1]?.notiz).toBe("Übernommen");
    expect(detail?.verlauf[3]?.data).toMatchObject({ antwort: "Am 1. Mai 2026." });
    expect(detail?.verlauf[4]?.data).toMatchObject({ ergebnis: "stattgegeben" });
    expect(eintraege.map((e) => e.aktion)).toEqual([
      "antrag-status",
      "antrag-rueckfrage",
      "antrag-entschieden",
      "antrag-angesehen",
    ]);

    // The citizen's view: the course without who looked, and "Meine Anträge".
    const mein = await ladeMeinenAntrag(db, { id: a.id, kontoId: buerger.id });
    expect(mein?.verlauf.map((v) => v.status)).toEqual([
      "eingegangen",
      "in_bearbeitung",
      "rueckfrage",
      "in_bearbeitung",
      "entschieden",
    ]);
    expect(JSON.stringify(mein)).not.toContain("Übernommen");
    expect(await ladeMeinenAntrag(db, { id: a.id, kontoId: fremd.id })).toBeNull();
    expect(await listeMeineAntraege(db, { kontoId: buerger.id })).toMatchObject([
      { id: a.id, aktenzeichen: a.aktenzeichen, status: "entschieden" },
    ]);
    expect(await listeMeineAntraege(db, { kontoId: fremd.id })).toEqual([]);
  });

  it("assigns only to case workers of the application's authority", async () => {
    const buerger = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const kollegin = await neuerMitarbeiter(db, [DRESDEN]);
    const leipzigSb = await neuerMitarbeiter(db, [LEIPZIG]);
    const a = await antragVon(buerger.id);
    const { eintraege, protokolliere } = protokoll();
    const basis = { id: a.id, bearbeiter: sb, protokolliere };
    expect(await weiseZu(db, { ...basis, an: kollegin.kontoId })).toMatchObject({ ok: true });
    expect(await weiseZu(db, { ...basis, an: leipzigSb.kontoId })).toEqual({
      ok: false,
      fehler: "kein-sachbearbeiter",
    });
    expect(await weiseZu(db, { ...basis, an: buerger.id })).toEqual({
      ok: false,
      fehler: "kein-sachbearbeiter",
    });
    expect(await weiseZu(db, { ...basis, an: null })).toMatchObject({ ok: true });
    const [row] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(row?.zugewiesenAn).toBeNull();
    expect(eintraege.map((e) => e.aktion)).toEqual(["antrag-zugewiesen", "antrag-zugewiesen"]);
  });

  it("records a Rückfrage to an applicant without an account as not delivered", async () => {
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const a = await antragVon(null);
    const { protokolliere } = protokoll();
    const { gesendet, sendeNachricht } = nachrichten();
    await setzeStatus(db, { id: a.id, bearbeiter: sb, status: "in_bearbeitung", protokolliere });
    expect(
      await stelleRueckfrage(db, {
        id: a.id,
        bearbeiter: sb,
        absender: ABSENDER,
        text: "Bitte rufen Sie uns an.",
        sendeNachricht,
        protokolliere,
      }),
    ).toEqual({ ok: true, status: "rueckfrage", zugestellt: false });
    expect(gesendet).toHaveLength(0);
  });

  it("rolls the status back when the Postfach refuses the message", async () => {
    const buerger = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [DRESDEN]);
    const a = await antragVon(buerger.id);
    const { eintraege, protokolliere } = protokoll();
    await setzeStatus(db, { id: a.id, bearbeiter: sb, status: "in_bearbeitung", protokolliere });
    const abgelehnt: SendeNachricht = async () => ({ ok: false });
    expect(
      await entscheide(db, {
        id: a.id,
        bearbeiter: sb,
        absender: ABSENDER,
        ergebnis: "abgelehnt",
        text: "Nein.",
        sendeNachricht: abgelehnt,
        protokolliere,
      }),
    ).toEqual({ ok: false, fehler: "nachricht-fehlgeschlagen" });
    const [row] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(row?.status).toBe("in_bearbeitung");
    const verlauf = await db.select().from(antragEreignis).where(eq(antragEreignis.antragId, a.id));
    expect(verlauf.map((v) => v.art)).toEqual(["eingereicht", "status"]);
    expect(eintraege).toHaveLength(1);
  });
});

async function fehlerVon(anweisung: PromiseLike<unknown>): Promise<string> {
  try {
    await anweisung;
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
  throw new Error("the statement succeeded");
}

describe("the history", () => {
  it("is append-only: UPDATE, DELETE and TRUNCATE are refused, and its application cannot be deleted", async () => {
    const a = await antragVon((await neuesKonto(db)).id);
    expect(
      await fehlerVon(
        db
          .update(antragEreignis)
          .set({ notiz: "umgeschrieben" })
          .where(eq(antragEreignis.antragId, a.id)),
      ),
    ).toMatch(/append-only/);
    expect(
      await fehlerVon(db.delete(antragEreignis).where(eq(antragEreignis.antragId, a.id))),
    ).toMatch(/append-only/);
    expect(await fehlerVon(db.execute(sql`truncate antrag_ereignis cascade`))).toMatch(
      /append-only/,
    );
    // The history's foreign key has no cascade: the application with its history stays.
    expect(await fehlerVon(db.delete(antrag).where(eq(antrag.id, a.id)))).toMatch(/foreign key/);
    const verlauf = await db.select().from(antragEreignis).where(eq(antragEreignis.antragId, a.id));
    expect(verlauf).toHaveLength(1);
    expect(verlauf[0]?.notiz).toBeNull();
  });
});
