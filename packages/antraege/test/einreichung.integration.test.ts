import { einmaligeIdentifikation, konto } from "@portal/auth/schema";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { antrag, antragAnlage, antragEreignis, entwurf } from "../src/schema.ts";
import { identifikationsVerfahren, reicheEin } from "../src/services/einreichung.ts";
import { ladeEntwurf, speichereEntwurf } from "../src/services/entwurf.ts";
import { AKTENZEICHEN_MUSTER } from "../src/types.ts";
import { entschluessele, keineDatei, neuesKonto, postfach, verschluessele } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const FORM = { formular: "wohnsitz-anmelden", version: 3 };
const OE = "oe:stadt-dresden-buergeramt";
const ANTWORTEN = { vorname: "Erika", nachname: "Muster", iban: "DE02120300000000202051" };

async function entwurfFuer(kontoId: string) {
  const e = await speichereEntwurf(db, {
    loescheDatei: keineDatei,
    zugang: { kontoId },
    ...FORM,
    antworten: ANTWORTEN,
  });
  if (!e.ok) throw new Error(e.fehler);
  return e.entwurf.id;
}

function einreichung(
  entwurfId: string,
  berechtigung: Parameters<typeof reicheEin>[1]["berechtigung"],
  extra: Partial<Parameters<typeof reicheEin>[1]> = {},
) {
  const { mails, post } = postfach();
  return {
    mails,
    eingabe: {
      entwurfId,
      berechtigung,
      leistung: "wohnsitz-anmelden",
      leistungsname: "Wohnsitz anmelden",
      oeSchluessel: OE,
      stellenname: "Bürgeramt Dresden",
      praefix: "MB",
      antworten: ANTWORTEN,
      anlagen: [
        {
          dateiname: "Wohnungsgeberbestaetigung.pdf",
          medientyp: "application/pdf",
          groesse: 12_345,
          ablageSchluessel: "dateien/2026/abc",
        },
      ],
      idempotenzSchluessel: entwurfId,
      verschluessele,
      post,
      ...extra,
    },
  };
}

describe("reicheEin", () => {
  it("stores the application encrypted for the authority, numbers it, deletes the draft, confirms by mail", async () => {
    const k = await neuesKonto(db);
    const entwurfId = await entwurfFuer(k.id);
    const { eingabe, mails } = einreichung(entwurfId, {
      kontoId: k.id,
      vertrauensniveau: "substanziell",
    });
    const ergebnis = await reicheEin(db, eingabe);
    if (!ergebnis.ok) throw new Error(ergebnis.fehler);
    expect(ergebnis.neu).toBe(true);
    expect(ergebnis.antrag.aktenzeichen).toMatch(AKTENZEICHEN_MUSTER);
    expect(ergebnis.antrag.aktenzeichen).toMatch(
      new RegExp(`^MB-${new Date().getFullYear()}-\\d{6}$`),
    );

    const [row] = await db.select().from(antrag).where(eq(antrag.id, ergebnis.antrag.id));
    expect(row).toMatchObject({
      oeSchluessel: OE,
      kontoId: k.id,
      status: "eingegangen",
      vertrauensniveau: "substanziell",
      formular: FORM.formular,
      version: FORM.version,
    });
    expect(row!.umschlag).not.toContain("Erika");
    expect(row!.umschlag).not.toContain("DE02");
    const klartext = JSON.parse(new TextDecoder().decode(await entschluessele(OE, row!.umschlag)));
    expect(klartext.antworten).toEqual(ANTWORTEN);
    await expect(entschluessele("oe:andere", row!.umschlag)).rejects.toThrow();

    expect(await db.select().from(antragAnlage).where(eq(antragAnlage.antragId, row!.id))).toEqual([
      expect.objectContaining({ ablageSchluessel: "dateien/2026/abc", groesse: 12_345 }),
    ]);
    expect(
      await db.select().from(antragEreignis).where(eq(antragEreignis.antragId, row!.id)),
    ).toEqual([expect.objectContaining({ art: "eingereicht", vonKontoId: k.id })]);
    expect(await ladeEntwurf(db, { entwurfId, zugang: { kontoId: k.id } })).toBeNull();

    expect(mails).toHaveLength(1);
    expect(mails[0]?.an).toBe(k.email);
    expect(mails[0]?.text).toContain(ergebnis.antrag.aktenzeichen);
    expect(mails[0]?.text).toContain("Wohnsitz anmelden");
    expect(mails[0]?.text).toContain("Bürgeramt Dresden");
    for (const wert of Object.values(ANTWORTEN)) {
      expect(mails[0]?.text).not.toContain(wert);
      expect(mails[0]?.html).not.toContain(wert);
    }

    // The same request again (a retry after a lost response): the same application, no mail.
    const nochmal = await reicheEin(db, eingabe);
    expect(nochmal).toEqual({ ok: true, antrag: ergebnis.antrag, neu: false });
    expect(mails).toHaveLength(1);
  });

  it("numbers in increasing order", async () => {
    const k = await neuesKonto(db);
    const nummern: number[] = [];
    for (let i = 0; i < 3; i++) {
      const e = await reicheEin(
        db,
        einreichung(await entwurfFuer(k.id), { kontoId: k.id, vertrauensniveau: "niedrig" })
          .eingabe,
      );
      if (!e.ok) throw new Error(e.fehler);
      nummern.push(Number(e.antrag.aktenzeichen.split("-")[2]));
    }
    expect(nummern[1]).toBe(nummern[0]! + 1);
    expect(nummern[2]).toBe(nummern[1]! + 1);
  });

  it("20 concurrent submissions of the same draft create exactly one application", async () => {
    const k = await neuesKonto(db);
    const entwurfId = await entwurfFuer(k.id);
    const versuche = Array.from({ length: 20 }, () =>
      einreichung(entwurfId, { kontoId: k.id, vertrauensniveau: "niedrig" }),
    );
    const ergebnisse = await Promise.all(versuche.map((v) => reicheEin(db, v.eingabe)));
    expect(ergebnisse.every((e) => e.ok)).toBe(true);
    const ids = new Set(ergebnisse.map((e) => (e.ok ? e.antrag.id : null)));
    expect(ids.size).toBe(1);
    expect(ergebnisse.filter((e) => e.ok && e.neu)).toHaveLength(1);
    expect(await db.select().from(antrag).where(eq(antrag.kontoId, k.id))).toHaveLength(1);
    expect(versuche.reduce((n, v) => n + v.mails.length, 0)).toBe(1);
  });

  it("20 concurrent submissions of different drafts get 20 distinct numbers", async () => {
    const k = await neuesKonto(db);
    const entwuerfe = await Promise.all(Array.from({ length: 20 }, () => entwurfFuer(k.id)));
    const ergebnisse = await Promise.all(
      entwuerfe.map((id) =>
        reicheEin(
          db,
          einreichung(id, { kontoId: k.id, vertrauensniveau: "niedrig" }, { praefix: "GEW" })
            .eingabe,
        ),
      ),
    );
    const nummern = ergebnisse.map((e) => (e.ok ? e.antrag.aktenzeichen : "fehler"));
    expect(new Set(nummern).size).toBe(20);
    expect(nummern.every((n) => /^GEW-\d{4}-\d{6}$/.test(n))).toBe(true);
    const werte = nummern.map((n) => Number(n.split("-")[2])).sort((a, b) => a - b);
    // No gaps either: a number is taken in the transaction that uses it.
    expect(werte.at(-1)! - werte[0]!).toBe(19);
  });

  it("refuses another account's draft, an unknown draft and invalid input", async () => {
    const k = await neuesKonto(db);
    const fremd = await neuesKonto(db);
    const entwurfId = await entwurfFuer(k.id);
    expect(
      await reicheEin(
        db,
        einreichung(entwurfId, { kontoId: fremd.id, vertrauensniveau: "niedrig" }).eingabe,
      ),
    ).toEqual({ ok: false, fehler: "entwurf-unbekannt" });
    expect(
      await reicheEin(
        db,
        einreichung(crypto.randomUUID(), { kontoId: k.id, vertrauensniveau: "niedrig" }).eingabe,
      ),
    ).toEqual({ ok: false, fehler: "entwurf-unbekannt" });
    expect(
      await reicheEin(
        db,
        einreichung(entwurfId, { kontoId: k.id, vertrauensniveau: "niedrig" }, { praefix: "mb-1" })
          .eingabe,
      ),
    ).toEqual({ ok: false, fehler: "eingabe-ungueltig" });
    // The draft is still there after the refusals.
    expect(await ladeEntwurf(db, { entwurfId, zugang: { kontoId: k.id } })).not.toBeNull();
  });

  it("submits a draft without an account by its token, with a one-off eID identification", async () => {
    const e = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: null,
      ...FORM,
      antworten: ANTWORTEN,
    });
    if (!e.ok || !e.token) throw new Error("no token");
    const [ident] = await db
      .insert(einmaligeIdentifikation)
      .values({
        verfahren: identifikationsVerfahren(e.entwurf.id),
        vertrauensniveau: "hoch",
        attribute: { familienname: "Muster" },
        laeuftAbAm: new Date(Date.now() + 60_000),
      })
      .returning();
    const [fremdeIdent] = await db
      .insert(einmaligeIdentifikation)
      .values({
        verfahren: "entwurf:anderer",
        vertrauensniveau: "hoch",
        attribute: {},
        laeuftAbAm: new Date(Date.now() + 60_000),
      })
      .returning();

    const falsch = einreichung(e.entwurf.id, {
      token: e.token,
      einmaligeIdentifikationId: fremdeIdent!.id,
    });
    expect(await reicheEin(db, falsch.eingabe)).toEqual({
      ok: false,
      fehler: "identifikation-ungueltig",
    });

    const { eingabe, mails } = einreichung(
      e.entwurf.id,
      { token: e.token, einmaligeIdentifikationId: ident!.id },
      { bestaetigungAn: { email: "max@example.org", sprache: "en" } },
    );
    const ergebnis = await reicheEin(db, eingabe);
    if (!ergebnis.ok) throw new Error(ergebnis.fehler);
    const [row] = await db.select().from(antrag).where(eq(antrag.id, ergebnis.antrag.id));
    expect(row).toMatchObject({
      kontoId: null,
      vertrauensniveau: "hoch",
      einmaligeIdentifikationId: ident!.id,
    });
    const klartext = JSON.parse(new TextDecoder().decode(await entschluessele(OE, row!.umschlag)));
    expect(klartext.identifikation).toEqual({
      vertrauensniveau: "hoch",
      attribute: { familienname: "Muster" },
    });
    expect(mails.map((m) => m.an)).toEqual(["max@example.org"]);
    expect(mails[0]?.betreff).toContain("received");
    expect(await db.select().from(entwurf).where(eq(entwurf.id, e.entwurf.id))).toEqual([]);
  });

  it("keeps the application when the applicant's account is deleted", async () => {
    const k = await neuesKonto(db);
    const e = await reicheEin(
      db,
      einreichung(await entwurfFuer(k.id), { kontoId: k.id, vertrauensniveau: "niedrig" }).eingabe,
    );
    if (!e.ok) throw new Error(e.fehler);
    await db.delete(konto).where(eq(konto.id, k.id));
    const [row] = await db.select().from(antrag).where(eq(antrag.id, e.antrag.id));
    expect(row?.kontoId).toBeNull();
  });
});
