import { randomUUID } from "node:crypto";
import { konto } from "@portal/auth/schema";
import { loescheKontoOhnePruefung } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { antrag, antragAnlage, antragEreignis, entwurf } from "../src/schema.ts";
import {
  beantworteRueckfrage,
  setzeStatus,
  stelleRueckfrage,
  weiseZu,
} from "../src/services/bearbeitung.ts";
import { exportiereAntraege } from "../src/services/datenexport.ts";
import { reicheEin } from "../src/services/einreichung.ts";
import {
  loescheAbgelaufeneEntwuerfe,
  loescheEntwurf,
  speichereEntwurf,
} from "../src/services/entwurf.ts";
import { dateienDesKontos } from "../src/services/kontodateien.ts";
import {
  ablage,
  keineDatei,
  nachrichten,
  neuerMitarbeiter,
  neuesKonto,
  postfach,
  protokoll,
  verschluessele,
} from "./hilfen.ts";

// A draft's stored uploads live exactly as long as the draft names them; an account's deletion
// takes its drafts (and their files) and leaves its applications to the authority.

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const TAG = 24 * 60 * 60 * 1000;
const FORM = { formular: "bewohnerparken", version: 2 };
const OE = "oe:dresden-strassenverkehr";

const upload = (dateiname = "Fahrzeugschein.pdf") => ({
  id: randomUUID(),
  dateiname,
  medientyp: "application/pdf",
  groesse: 2048,
});

async function neuerEntwurf(kontoId: string, antworten: Record<string, unknown>, jetzt?: Date) {
  const e = await speichereEntwurf(db, {
    loescheDatei: keineDatei,
    zugang: { kontoId },
    ...FORM,
    antworten,
    ...(jetzt ? { jetzt } : {}),
  });
  if (!e.ok) throw new Error(e.fehler);
  return e.entwurf.id;
}

describe("a draft's uploads", () => {
  it("are deleted when replaced or removed, and kept while any answer names them", async () => {
    const k = await neuesKonto(db);
    const a = upload();
    const b = upload("Nachweis.png");
    const zeile = upload("Hund1.pdf");
    const id = await neuerEntwurf(k.id, { nachweis: a, hunde: [{ name: "Bello", impf: zeile }] });
    const speicher = ablage();
    const speichere = (antworten: Record<string, unknown>, zugang = { kontoId: k.id }) =>
      speichereEntwurf(db, {
        entwurfId: id,
        zugang,
        ...FORM,
        antworten,
        loescheDatei: speicher.loescheDatei,
      });

    // Saved again unchanged: nothing goes.
    await speichere({ nachweis: a, hunde: [{ name: "Bello", impf: zeile }] });
    expect(speicher.geloescht).toEqual([]);

    // Replaced by another file: the first one goes, the row's file stays.
    expect(await speichere({ nachweis: b, hunde: [{ name: "Bello", impf: zeile }] })).toMatchObject(
      { ok: true },
    );
    expect(speicher.geloescht).toEqual([`entwurf/${id}/${a.id}`]);

    // A page's input kept with the draft (not valid yet) still names the row's file: it stays.
    await speichere({
      nachweis: b,
      "~offen": { seite: "hunde", eingabe: { "hunde.0.impf": zeile } },
    });
    expect(speicher.geloescht).toEqual([`entwurf/${id}/${a.id}`]);

    // Removed (the row and the file field): both go.
    await speichere({ nachweis: null });
    expect(speicher.geloescht.sort()).toEqual(
      [`entwurf/${id}/${a.id}`, `entwurf/${id}/${b.id}`, `entwurf/${id}/${zeile.id}`].sort(),
    );
  });

  it("are not touched by a save that does not reach the draft", async () => {
    const k = await neuesKonto(db);
    const fremd = await neuesKonto(db);
    const id = await neuerEntwurf(k.id, { nachweis: upload() });
    const speicher = ablage();
    const r = await speichereEntwurf(db, {
      entwurfId: id,
      zugang: { kontoId: fremd.id },
      ...FORM,
      antworten: {},
      loescheDatei: speicher.loescheDatei,
    });
    expect(r).toEqual({ ok: false, fehler: "nicht-gefunden" });
    expect(speicher.geloescht).toEqual([]);
  });

  it("never name a key outside the draft, whatever an answer holds", async () => {
    const k = await neuesKonto(db);
    const fremdeId = randomUUID();
    const id = await neuerEntwurf(k.id, {
      // Not ids of ours: not a UUID, a path, another draft's key.
      a: { id: "../../etc/passwd", dateiname: "x", medientyp: "x", groesse: 1 },
      b: { id: `entwurf/${fremdeId}/x`, dateiname: "x", medientyp: "x", groesse: 1 },
      c: "entwurf/abc/def",
    });
    const speicher = ablage();
    await speichereEntwurf(db, {
      entwurfId: id,
      zugang: { kontoId: k.id },
      ...FORM,
      antworten: {},
      loescheDatei: speicher.loescheDatei,
    });
    expect(speicher.geloescht).toEqual([]);
  });

  it("go with the draft when it is deleted, and only then", async () => {
    const k = await neuesKonto(db);
    const fremd = await neuesKonto(db);
    const u = upload();
    const id = await neuerEntwurf(k.id, { nachweis: u });
    const speicher = ablage();
    expect(
      await loescheEntwurf(db, {
        entwurfId: id,
        zugang: { kontoId: fremd.id },
        loescheDatei: speicher.loescheDatei,
      }),
    ).toBe(false);
    expect(speicher.geloescht).toEqual([]);
    expect(
      await loescheEntwurf(db, {
        entwurfId: id,
        zugang: { kontoId: k.id },
        loescheDatei: speicher.loescheDatei,
      }),
    ).toBe(true);
    expect(speicher.geloescht).toEqual([`entwurf/${id}/${u.id}`]);
  });

  it("go with expired drafts in the daily job; a live draft's stay", async () => {
    const k = await neuesKonto(db);
    const alt = upload("alt.pdf");
    const neu = upload("neu.pdf");
    const altId = await neuerEntwurf(k.id, { nachweis: alt }, new Date(Date.now() - 40 * TAG));
    const neuId = await neuerEntwurf(k.id, { nachweis: neu });
    const speicher = ablage();
    expect(await loescheAbgelaufeneEntwuerfe(db, { loescheDatei: speicher.loescheDatei })).toBe(1);
    expect(speicher.geloescht).toEqual([`entwurf/${altId}/${alt.id}`]);
    expect(await db.select({ id: entwurf.id }).from(entwurf).where(eq(entwurf.id, neuId))).toEqual([
      { id: neuId },
    ]);
  });

  it("a failing storage does not undo the save", async () => {
    const k = await neuesKonto(db);
    const id = await neuerEntwurf(k.id, { nachweis: upload() });
    const r = await speichereEntwurf(db, {
      entwurfId: id,
      zugang: { kontoId: k.id },
      ...FORM,
      antworten: { nachweis: null, weiter: "ja" },
      loescheDatei: async () => {
        throw new Error("storage down");
      },
    });
    expect(r).toMatchObject({ ok: true, entwurf: { antworten: { weiter: "ja" } } });
  });
});

async function eingereicht(kontoId: string) {
  const e = await speichereEntwurf(db, {
    loescheDatei: keineDatei,
    zugang: { kontoId },
    ...FORM,
    antworten: { kennzeichen: "DD-AB 123" },
  });
  if (!e.ok) throw new Error(e.fehler);
  const r = await reicheEin(db, {
    entwurfId: e.entwurf.id,
    berechtigung: { kontoId, vertrauensniveau: "substanziell" },
    leistung: "bewohnerparkausweis",
    leistungsname: "Bewohnerparkausweis beantragen",
    oeSchluessel: OE,
    stellenname: "Straßenverkehrsbehörde Dresden",
    praefix: "BP",
    antworten: { kennzeichen: "DD-AB 123" },
    anlagen: [
      {
        dateiname: "Fahrzeugschein.pdf",
        medientyp: "application/pdf",
        groesse: 4096,
        ablageSchluessel: `anlage/${e.entwurf.id}/x`,
      },
    ],
    idempotenzSchluessel: e.entwurf.id,
    verschluessele,
    post: postfach().post,
  });
  if (!r.ok) throw new Error(r.fehler);
  const [row] = await db.select().from(antrag).where(eq(antrag.id, r.antrag.id));
  return row!;
}

describe("deleting the account (GDPR Art. 17)", () => {
  it("takes its drafts (their files listed first) and leaves its applications to the authority, unlinked", async () => {
    const k = await neuesKonto(db);
    const u = upload();
    const entwurfId = await neuerEntwurf(k.id, { nachweis: u });
    const a = await eingereicht(k.id);
    const sb = await neuerMitarbeiter(db, [OE]);
    await weiseZu(db, { id: a.id, bearbeiter: sb, an: sb.kontoId, ...protokoll() });
    await setzeStatus(db, { id: a.id, bearbeiter: sb, status: "in_bearbeitung", ...protokoll() });

    // The port the apps give @portal/auth: the files listed before the deletion, removed after.
    const entfernt: string[] = [];
    const ergebnis = await loescheKontoOhnePruefung(
      db,
      { konto: k },
      {
        ...postfach(),
        dateien: {
          sammle: (kontoId) => dateienDesKontos(db, { kontoId }),
          loesche: async (s) => void entfernt.push(s),
        },
      },
    );
    expect(ergebnis).toEqual({ ok: true });
    expect(entfernt).toEqual([`entwurf/${entwurfId}/${u.id}`, `beleg/${a.id}/pdf`]);
    expect(await db.select().from(konto).where(eq(konto.id, k.id))).toEqual([]);
    // The drafts are the citizen's alone: gone (foreign key ON DELETE CASCADE).
    expect(await db.select().from(entwurf).where(eq(entwurf.kontoId, k.id))).toEqual([]);
    expect(await db.select().from(entwurf).where(eq(entwurf.id, entwurfId))).toEqual([]);
    // The application is the authority's record of a procedure: kept, with its envelope,
    // attachments and history, no longer linked to the account (ON DELETE SET NULL).
    const [row] = await db.select().from(antrag).where(eq(antrag.id, a.id));
    expect(row).toMatchObject({ id: a.id, kontoId: null, status: "in_bearbeitung" });
    expect(row?.umschlag).toBe(a.umschlag);
    expect(
      await db.select().from(antragAnlage).where(eq(antragAnlage.antragId, a.id)),
    ).toHaveLength(1);
    const verlauf = await db.select().from(antragEreignis).where(eq(antragEreignis.antragId, a.id));
    expect(verlauf.map((e) => e.art)).toEqual(["eingereicht", "zugewiesen", "status"]);
    // Nothing of it is left to the deleted account.
    expect(await dateienDesKontos(db, { kontoId: k.id })).toEqual([]);
    expect(await exportiereAntraege(db, { kontoId: k.id })).toEqual({
      entwuerfe: [],
      antraege: [],
    });
  });
});

describe("exportiereAntraege (GDPR Art. 15 / 20)", () => {
  it("holds the account's drafts as stored and its applications without their encrypted content", async () => {
    const k = await neuesKonto(db);
    const fremd = await neuesKonto(db);
    const u = upload();
    const entwurfId = await neuerEntwurf(k.id, { kennzeichen: "DD-XY 9", nachweis: u });
    await neuerEntwurf(fremd.id, { kennzeichen: "L-ZZ 1" });
    const a = await eingereicht(k.id);
    await eingereicht(fremd.id);
    const sb = await neuerMitarbeiter(db, [OE]);
    const p = protokoll();
    await weiseZu(db, { id: a.id, bearbeiter: sb, an: sb.kontoId, ...p });
    await setzeStatus(db, { id: a.id, bearbeiter: sb, status: "in_bearbeitung", ...p });
    await stelleRueckfrage(db, {
      id: a.id,
      bearbeiter: sb,
      absender: { oeSchluessel: OE, name: "Straßenverkehrsbehörde" },
      text: "Bitte reichen Sie den Mietvertrag nach.",
      ...nachrichten(),
      ...p,
    });

    const daten = await exportiereAntraege(db, { kontoId: k.id });
    expect(daten.entwuerfe).toEqual([
      expect.objectContaining({
        id: entwurfId,
        ...FORM,
        antworten: { kennzeichen: "DD-XY 9", nachweis: u },
        geaendertAm: expect.any(Date),
        laeuftAbAm: expect.any(Date),
      }),
    ]);
    expect(daten.entwuerfe[0]).not.toHaveProperty("fortsetzungTokenHash");
    expect(daten.antraege).toHaveLength(1);
    const [x] = daten.antraege;
    expect(x).toMatchObject({
      id: a.id,
      aktenzeichen: a.aktenzeichen,
      leistung: "bewohnerparkausweis",
      oeSchluessel: OE,
      status: "rueckfrage",
      vertrauensniveau: "substanziell",
      antwortenVerschluesselt: true,
      anlagen: [{ dateiname: "Fahrzeugschein.pdf", medientyp: "application/pdf", groesse: 4096 }],
    });
    // The history the applicant follows: no assignment, no staff note, no envelope.
    expect(x?.verlauf.map((e) => e.art)).toEqual(["eingereicht", "status", "rueckfrage"]);
    const text = JSON.stringify(daten);
    expect(text).not.toContain(a.umschlag);
    expect(text).not.toContain("Mietvertrag");
    expect(text).not.toContain(sb.kontoId);
    expect(text).not.toContain("L-ZZ 1");
    expect(text).not.toContain("ablageSchluessel");
  });
});

describe("hostile input PostgreSQL cannot store", () => {
  it("a draft keeps a page's input with NUL and unpaired surrogates, as U+FFFD, instead of failing the save", async () => {
    const k = await neuesKonto(db);
    const roh = {
      "~offen": { seite: "a", eingabe: { name: "Ro\u0000bert", ort: "x\ud800y\udc00" } },
    };
    const id = await neuerEntwurf(k.id, roh);
    const [row] = await db.select().from(entwurf).where(eq(entwurf.id, id));
    expect(row?.antworten).toEqual({
      "~offen": { seite: "a", eingabe: { name: "Ro\uFFFDbert", ort: "x\uFFFDy\uFFFD" } },
    });
    // A well-formed pair (an emoji) and everything else stays as typed.
    const emoji = await neuerEntwurf(k.id, { name: "👩‍👩‍👧 ' OR 1=1 -- <script>" });
    const [e] = await db.select().from(entwurf).where(eq(entwurf.id, emoji));
    expect(e?.antworten).toEqual({ name: "👩‍👩‍👧 ' OR 1=1 -- <script>" });
  });

  it("a Rückfrage, a decision's text and the citizen's answer with NUL are refused as bad input", async () => {
    const k = await neuesKonto(db);
    const a = await eingereicht(k.id);
    const sb = await neuerMitarbeiter(db, [OE]);
    const p = protokoll();
    await setzeStatus(db, { id: a.id, bearbeiter: sb, status: "in_bearbeitung", ...p });
    const frage = {
      id: a.id,
      bearbeiter: sb,
      absender: { oeSchluessel: OE, name: "Straßenverkehrsbehörde" },
      ...nachrichten(),
      ...p,
    };
    expect(await stelleRueckfrage(db, { ...frage, text: "Bitte\u0000" })).toEqual({
      ok: false,
      fehler: "eingabe-ungueltig",
    });
    expect(await stelleRueckfrage(db, { ...frage, text: "Bitte \ud800" })).toEqual({
      ok: false,
      fehler: "eingabe-ungueltig",
    });
    expect(await stelleRueckfrage(db, { ...frage, text: "Bitte den Mietvertrag." })).toMatchObject({
      ok: true,
    });
    expect(
      await beantworteRueckfrage(db, {
        id: a.id,
        kontoId: k.id,
        text: "Anbei\u0000",
        verschluessele,
      }),
    ).toEqual({ ok: false, fehler: "eingabe-ungueltig" });
  });
});
