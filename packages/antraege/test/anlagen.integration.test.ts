import { mitarbeiter, mitarbeiterRolle } from "@portal/auth/schema";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { LadeDatei } from "../src/ports.ts";
import {
  anlageIdVon,
  beantworteRueckfrage,
  ladeAnlage,
  ladeAntrag,
  listeLeistungenDerInbox,
  listeSachbearbeiter,
  oeDesAntrags,
  setzeStatus,
  stelleRueckfrage,
  weiseZu,
  zaehleNeueAntraege,
} from "../src/services/bearbeitung.ts";
import { reicheEin } from "../src/services/einreichung.ts";
import { speichereEntwurf } from "../src/services/entwurf.ts";
import { istUuid } from "../src/types.ts";
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

// The inbox's additions: whom an application can be assigned to, the count of new ones, and the
// attachments' download (submitted files and files sent with an answer), only for the authority.

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const OE = `oe:chemnitz-${Date.now()}`;
const ANDERE = `oe:zwickau-${Date.now()}`;
const ABSENDER = { oeSchluessel: OE, name: "Bürgeramt Chemnitz" };

/** A store in memory, as @portal/dateien's `lade` sees it. */
function speicher() {
  const dateien = new Map<string, Uint8Array>();
  const lade: LadeDatei = async (s) => dateien.get(s) ?? null;
  const speichere = async (oe: string, schluessel: string, inhalt: string) =>
    void dateien.set(
      schluessel,
      new TextEncoder().encode(await verschluessele(oe, new TextEncoder().encode(inhalt))),
    );
  return { dateien, lade, speichere };
}

async function antragMitAnlage(kontoId: string, ablage: ReturnType<typeof speicher>, oe = OE) {
  const e = await speichereEntwurf(db, {
    zugang: { kontoId },
    formular: "f",
    version: 1,
    antworten: {},
    loescheDatei: keineDatei,
  });
  if (!e.ok) throw new Error(e.fehler);
  const schluessel = `antraege/${e.entwurf.id}/anlage-1`;
  await ablage.speichere(oe, schluessel, "%PDF-1.7 Meldebescheinigung");
  const r = await reicheEin(db, {
    entwurfId: e.entwurf.id,
    berechtigung: { kontoId, vertrauensniveau: "substanziell" },
    leistung: "meldebescheinigung",
    leistungsname: "Meldebescheinigung",
    oeSchluessel: oe,
    stellenname: "Stelle",
    praefix: "MB",
    antworten: { vorname: "Erika" },
    anlagen: [
      {
        dateiname: "nachweis.pdf",
        medientyp: "application/pdf",
        groesse: 27,
        ablageSchluessel: schluessel,
      },
    ],
    idempotenzSchluessel: e.entwurf.id,
    verschluessele,
    post: postfach().post,
  });
  if (!r.ok) throw new Error(r.fehler);
  return r.antrag;
}

describe("the case workers of an Organisationseinheit", () => {
  it("are the active staff with case work or admin there, by name; an admin can be assigned", async () => {
    const erika = await neuerMitarbeiter(db, [OE]);
    await db
      .update(mitarbeiter)
      .set({ name: "Anna Admin" })
      .where(eq(mitarbeiter.kontoId, erika.kontoId));
    const admin = await neuerMitarbeiter(db, []);
    await db
      .update(mitarbeiter)
      .set({ name: "Bert Admin" })
      .where(eq(mitarbeiter.kontoId, admin.kontoId));
    await db
      .insert(mitarbeiterRolle)
      .values({ kontoId: admin.kontoId, oeSchluessel: OE, rolle: "admin" });
    // Both roles: listed once.
    await db
      .insert(mitarbeiterRolle)
      .values({ kontoId: erika.kontoId, oeSchluessel: OE, rolle: "admin" });
    const kasse = await neuerMitarbeiter(db, []);
    await db
      .insert(mitarbeiterRolle)
      .values({ kontoId: kasse.kontoId, oeSchluessel: OE, rolle: "kasse" });
    const weg = await neuerMitarbeiter(db, [OE]);
    await db
      .update(mitarbeiter)
      .set({ deaktiviertAm: new Date() })
      .where(eq(mitarbeiter.kontoId, weg.kontoId));
    const anderswo = await neuerMitarbeiter(db, [ANDERE]);

    const liste = await listeSachbearbeiter(db, { oeSchluessel: OE });
    expect(liste.map((m) => m.kontoId)).toEqual([erika.kontoId, admin.kontoId]);
    expect(liste[0]).toMatchObject({ name: "Anna Admin", email: expect.stringContaining("@") });
    expect(liste.map((m) => m.kontoId)).not.toContain(anderswo.kontoId);
    expect(await listeSachbearbeiter(db, { oeSchluessel: "oe:gibt-es-nicht" })).toEqual([]);

    const buerger = await neuesKonto(db);
    const a = await antragMitAnlage(buerger.id, speicher());
    const bearbeiter = { kontoId: erika.kontoId, oes: [OE] };
    const { protokolliere } = protokoll();
    expect(await weiseZu(db, { id: a.id, bearbeiter, an: admin.kontoId, protokolliere })).toEqual({
      ok: true,
      status: "eingegangen",
    });
    expect(await weiseZu(db, { id: a.id, bearbeiter, an: kasse.kontoId, protokolliere })).toEqual({
      ok: false,
      fehler: "kein-sachbearbeiter",
    });
    expect(await weiseZu(db, { id: a.id, bearbeiter, an: weg.kontoId, protokolliere })).toEqual({
      ok: false,
      fehler: "kein-sachbearbeiter",
    });
    expect(await oeDesAntrags(db, { id: a.id, bearbeiter })).toBe(OE);
    expect(
      await oeDesAntrags(db, { id: a.id, bearbeiter: { kontoId: erika.kontoId, oes: [ANDERE] } }),
    ).toBeNull();
    expect(await oeDesAntrags(db, { id: "1 or 1=1", bearbeiter })).toBeNull();
    // The detail names the assignee and who did what.
    const detail = await ladeAntrag(db, { id: a.id, bearbeiter, entschluessele, protokolliere });
    expect(detail?.zugewiesenAn).toBe(admin.kontoId);
    expect(detail?.namen).toMatchObject({
      [admin.kontoId]: "Bert Admin",
      [erika.kontoId]: "Anna Admin",
    });
    expect(detail?.namen).not.toHaveProperty(buerger.id);
  });
});

describe("the count of new applications", () => {
  it("counts the authorities' applications in the state eingegangen only", async () => {
    const oe = `oe:neu-${Date.now()}`;
    const sb = await neuerMitarbeiter(db, [oe]);
    const buerger = await neuesKonto(db);
    expect(await zaehleNeueAntraege(db, { oes: [oe] })).toBe(0);
    const a = await antragMitAnlage(buerger.id, speicher(), oe);
    await antragMitAnlage(buerger.id, speicher(), oe);
    await antragMitAnlage(buerger.id, speicher(), `${oe}-andere`);
    expect(await zaehleNeueAntraege(db, { oes: [oe] })).toBe(2);
    await setzeStatus(db, {
      id: a.id,
      bearbeiter: sb,
      status: "in_bearbeitung",
      protokolliere: protokoll().protokolliere,
    });
    expect(await zaehleNeueAntraege(db, { oes: [oe] })).toBe(1);
    expect(await zaehleNeueAntraege(db, { oes: [] })).toBe(0);
    // The services of the inbox's filter: its own authorities' only.
    expect(await listeLeistungenDerInbox(db, { oes: [oe] })).toEqual(["meldebescheinigung"]);
    expect(await listeLeistungenDerInbox(db, { oes: [`${oe}-leer`] })).toEqual([]);
    expect(await listeLeistungenDerInbox(db, { oes: [] })).toEqual([]);
  });
});

describe("downloading an attachment", () => {
  it("decrypts a submitted file for the authority's staff and logs it; anyone else gets null", async () => {
    const ablage = speicher();
    const buerger = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [OE]);
    const fremd = await neuerMitarbeiter(db, [ANDERE]);
    const a = await antragMitAnlage(buerger.id, ablage);
    const { eintraege, protokolliere } = protokoll();
    const detail = await ladeAntrag(db, {
      id: a.id,
      bearbeiter: sb,
      entschluessele,
      protokolliere,
    });
    const anlage = detail?.anlagen[0];
    expect(anlage).toMatchObject({ dateiname: "nachweis.pdf", medientyp: "application/pdf" });
    // The page gets no storage key.
    expect(anlage).not.toHaveProperty("ablageSchluessel");
    eintraege.length = 0;

    const geladen = await ladeAnlage(db, {
      antragId: a.id,
      anlageId: anlage!.id,
      bearbeiter: sb,
      lade: ablage.lade,
      entschluessele,
      protokolliere,
    });
    expect(geladen).toMatchObject({ dateiname: "nachweis.pdf", medientyp: "application/pdf" });
    expect(new TextDecoder().decode(geladen!.inhalt)).toBe("%PDF-1.7 Meldebescheinigung");
    expect(eintraege).toEqual([
      expect.objectContaining({
        mitarbeiterKontoId: sb.kontoId,
        oeSchluessel: OE,
        aktion: "anlage-heruntergeladen",
        gegenstand: `anlage:${a.id}/${anlage!.id}`,
        betroffenesKontoId: buerger.id,
      }),
    ]);

    eintraege.length = 0;
    const versuch = (
      antragId: string,
      anlageId: string,
      bearbeiter: { kontoId: string; oes: readonly string[] },
    ) =>
      ladeAnlage(db, {
        antragId,
        anlageId,
        bearbeiter,
        lade: ablage.lade,
        entschluessele,
        protokolliere,
      });
    // Another authority's staff, the right file under another application, malformed ids.
    expect(await versuch(a.id, anlage!.id, fremd)).toBeNull();
    const b = await antragMitAnlage(buerger.id, ablage);
    expect(await versuch(b.id, anlage!.id, sb)).toBeNull();
    expect(await versuch(a.id, "../../etc/passwd", sb)).toBeNull();
    expect(await versuch("x", anlage!.id, sb)).toBeNull();
    expect(await versuch(a.id, crypto.randomUUID(), sb)).toBeNull();
    // The file gone from the store: null, not a crash.
    ablage.dateien.clear();
    expect(await versuch(a.id, anlage!.id, sb)).toBeNull();
    expect(eintraege).toEqual([]);
  });

  it("serves a file sent with an answer under the id the history lists", async () => {
    const ablage = speicher();
    const buerger = await neuesKonto(db);
    const sb = await neuerMitarbeiter(db, [OE]);
    const fremd = await neuerMitarbeiter(db, [ANDERE]);
    const a = await antragMitAnlage(buerger.id, ablage);
    const { protokolliere, eintraege } = protokoll();
    await setzeStatus(db, { id: a.id, bearbeiter: sb, status: "in_bearbeitung", protokolliere });
    await stelleRueckfrage(db, {
      id: a.id,
      bearbeiter: sb,
      absender: ABSENDER,
      text: "Bitte reichen Sie den Mietvertrag nach.",
      sendeNachricht: nachrichten().sendeNachricht,
      protokolliere,
    });
    const schluessel = `antwort/${a.id}/${crypto.randomUUID()}`;
    await ablage.speichere(OE, schluessel, "\x89PNG Mietvertrag");
    expect(
      await beantworteRueckfrage(db, {
        id: a.id,
        kontoId: buerger.id,
        text: "Anbei der Mietvertrag.",
        anlagen: [
          {
            dateiname: "mietvertrag.png",
            medientyp: "image/png",
            groesse: 17,
            ablageSchluessel: schluessel,
          },
        ],
        verschluessele,
      }),
    ).toMatchObject({ ok: true });

    const detail = await ladeAntrag(db, {
      id: a.id,
      bearbeiter: sb,
      entschluessele,
      protokolliere,
    });
    const antwort = detail?.verlauf.find((v) => v.art === "antwort");
    expect(antwort?.data).toMatchObject({ antwort: "Anbei der Mietvertrag." });
    expect(antwort?.anlagen).toEqual([
      {
        id: anlageIdVon(schluessel),
        dateiname: "mietvertrag.png",
        medientyp: "image/png",
        groesse: 17,
      },
    ]);
    expect(istUuid(antwort?.anlagen[0]?.id)).toBe(true);
    expect(
      detail?.verlauf.filter((v) => v.art !== "antwort").every((v) => v.anlagen.length === 0),
    ).toBe(true);

    eintraege.length = 0;
    const id = antwort!.anlagen[0]!.id;
    const geladen = await ladeAnlage(db, {
      antragId: a.id,
      anlageId: id,
      bearbeiter: sb,
      lade: ablage.lade,
      entschluessele,
      protokolliere,
    });
    expect(geladen).toMatchObject({ dateiname: "mietvertrag.png", medientyp: "image/png" });
    expect(new TextDecoder().decode(geladen!.inhalt)).toBe("\x89PNG Mietvertrag");
    expect(eintraege.map((e) => e.aktion)).toEqual(["anlage-heruntergeladen"]);
    expect(
      await ladeAnlage(db, {
        antragId: a.id,
        anlageId: id,
        bearbeiter: fremd,
        lade: ablage.lade,
        entschluessele,
        protokolliere,
      }),
    ).toBeNull();
    expect(eintraege).toHaveLength(1);
  });
});
