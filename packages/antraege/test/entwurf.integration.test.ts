import { konto } from "@portal/auth/schema";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entwurf } from "../src/schema.ts";
import {
  erzeugeFortsetzungslink,
  ladeEntwurf,
  listeMeineEntwuerfe,
  loescheAbgelaufeneEntwuerfe,
  loescheEntwurf,
  speichereEntwurf,
  tokenHash,
  uebernehmeEntwurf,
} from "../src/services/entwurf.ts";
import { keineDatei, neuesKonto, postfach } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const TAG = 24 * 60 * 60 * 1000;
const FORM = { formular: "wohnsitz-anmelden", version: 3 };

describe("drafts of an account", () => {
  it("are saved, updated on every page, listed and loaded by id only for their account", async () => {
    const k = await neuesKonto(db);
    const fremd = await neuesKonto(db);
    const neu = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: { kontoId: k.id },
      ...FORM,
      antworten: { vorname: "Erika" },
      seite: "person",
    });
    if (!neu.ok) throw new Error(neu.fehler);
    expect(neu.token).toBeUndefined();
    const id = neu.entwurf.id;

    const weiter = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      entwurfId: id,
      zugang: { kontoId: k.id },
      ...FORM,
      antworten: { vorname: "Erika", nachname: "Muster" },
      seite: "anschrift",
    });
    expect(weiter).toMatchObject({ ok: true, entwurf: { id, seite: "anschrift", imKonto: true } });

    const geladen = await ladeEntwurf(db, { entwurfId: id, zugang: { kontoId: k.id } });
    expect(geladen?.antworten).toEqual({ vorname: "Erika", nachname: "Muster" });
    expect(await listeMeineEntwuerfe(db, { kontoId: k.id })).toMatchObject([{ id }]);

    // Another account: as unknown, for loading, saving and deleting.
    expect(await ladeEntwurf(db, { entwurfId: id, zugang: { kontoId: fremd.id } })).toBeNull();
    expect(
      await speichereEntwurf(db, {
        loescheDatei: keineDatei,
        entwurfId: id,
        zugang: { kontoId: fremd.id },
        ...FORM,
        antworten: { vorname: "Mallory" },
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });
    expect(
      await loescheEntwurf(db, {
        loescheDatei: keineDatei,
        entwurfId: id,
        zugang: { kontoId: fremd.id },
      }),
    ).toBe(false);
    expect(
      await ladeEntwurf(db, { entwurfId: "' or 1=1 --", zugang: { kontoId: k.id } }),
    ).toBeNull();
    expect(await listeMeineEntwuerfe(db, { kontoId: fremd.id })).toEqual([]);

    // Another form's answers do not overwrite the draft.
    expect(
      await speichereEntwurf(db, {
        loescheDatei: keineDatei,
        entwurfId: id,
        zugang: { kontoId: k.id },
        formular: "anderes-formular",
        version: 1,
        antworten: {},
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });

    expect(
      await loescheEntwurf(db, {
        loescheDatei: keineDatei,
        entwurfId: id,
        zugang: { kontoId: k.id },
      }),
    ).toBe(true);
    expect(await ladeEntwurf(db, { entwurfId: id, zugang: { kontoId: k.id } })).toBeNull();
  });

  it("expire 30 days after the last change, and the cleanup deletes them", async () => {
    const k = await neuesKonto(db);
    const damals = new Date(Date.now() - 40 * TAG);
    const alt = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: { kontoId: k.id },
      ...FORM,
      antworten: {},
      jetzt: damals,
    });
    const frisch = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: { kontoId: k.id },
      ...FORM,
      antworten: {},
    });
    if (!alt.ok || !frisch.ok) throw new Error("not saved");
    expect(alt.entwurf.laeuftAbAm.getTime() - damals.getTime()).toBe(30 * TAG);
    expect(
      await ladeEntwurf(db, { entwurfId: alt.entwurf.id, zugang: { kontoId: k.id } }),
    ).toBeNull();
    // Saving an expired draft does not revive it.
    expect(
      await speichereEntwurf(db, {
        loescheDatei: keineDatei,
        entwurfId: alt.entwurf.id,
        zugang: { kontoId: k.id },
        ...FORM,
        antworten: {},
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });

    expect(
      await loescheAbgelaufeneEntwuerfe(db, { loescheDatei: keineDatei }),
    ).toBeGreaterThanOrEqual(1);
    const uebrig = await db
      .select({ id: entwurf.id })
      .from(entwurf)
      .where(eq(entwurf.kontoId, k.id));
    expect(uebrig.map((r) => r.id)).toEqual([frisch.entwurf.id]);
  });

  it("are deleted with their account", async () => {
    const k = await neuesKonto(db);
    const e = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: { kontoId: k.id },
      ...FORM,
      antworten: {},
    });
    if (!e.ok) throw new Error(e.fehler);
    await db.delete(konto).where(eq(konto.id, k.id));
    expect(await db.select().from(entwurf).where(eq(entwurf.id, e.entwurf.id))).toEqual([]);
  });
});

describe("drafts without an account", () => {
  it("are reached by their resume token only; only its hash is stored", async () => {
    const neu = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: null,
      ...FORM,
      antworten: { vorname: "Max" },
      seite: "person",
    });
    if (!neu.ok || !neu.token) throw new Error("no token");
    const token = neu.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(entwurf).where(eq(entwurf.id, neu.entwurf.id));
    expect(row?.fortsetzungTokenHash).toBe(tokenHash(token));
    expect(JSON.stringify(row)).not.toContain(token);

    expect((await ladeEntwurf(db, { zugang: { token } }))?.antworten).toEqual({ vorname: "Max" });
    const gespeichert = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: { token },
      ...FORM,
      antworten: { vorname: "Max", nachname: "Muster" },
      seite: "anschrift",
    });
    expect(gespeichert).toMatchObject({
      ok: true,
      entwurf: { id: neu.entwurf.id, imKonto: false },
    });

    expect(await ladeEntwurf(db, { zugang: { token: `${token}x` } })).toBeNull();
    expect(await ladeEntwurf(db, { zugang: { token: "" } })).toBeNull();
    // The right token with another draft's id finds nothing.
    expect(await ladeEntwurf(db, { entwurfId: crypto.randomUUID(), zugang: { token } })).toBeNull();
    // An account does not open a draft without one.
    const k = await neuesKonto(db);
    expect(
      await ladeEntwurf(db, { entwurfId: neu.entwurf.id, zugang: { kontoId: k.id } }),
    ).toBeNull();
  });

  it("get a mailed resume link valid 7 days that replaces the previous token", async () => {
    const start = new Date();
    const neu = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: null,
      ...FORM,
      antworten: { geheim: "IBAN DE02" },
    });
    if (!neu.ok || !neu.token) throw new Error("no token");
    const { mails, post } = postfach();

    const link = await erzeugeFortsetzungslink(db, {
      zugang: { token: neu.token },
      email: " erika@example.org ",
      sprache: "de",
      post,
      jetzt: start,
    });
    if (!link.ok) throw new Error(link.fehler);
    expect(link.gueltigBis.getTime() - start.getTime()).toBe(7 * TAG);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.an).toBe("erika@example.org");
    expect(mails[0]?.text).toContain(`token=${link.token}`);
    expect(mails[0]?.text + mails[0]!.html).not.toContain("IBAN");
    expect(mails[0]?.text).not.toContain(FORM.formular);

    // One token at a time: the old one stops working, the new one works on any device.
    expect(await ladeEntwurf(db, { zugang: { token: neu.token } })).toBeNull();
    expect((await ladeEntwurf(db, { zugang: { token: link.token } }))?.id).toBe(neu.entwurf.id);

    // Expired after 7 days, although the draft itself would live 30.
    const spaeter = new Date(start.getTime() + 7 * TAG + 1000);
    expect(await ladeEntwurf(db, { zugang: { token: link.token }, jetzt: spaeter })).toBeNull();
    expect(
      await loescheAbgelaufeneEntwuerfe(db, { loescheDatei: keineDatei, jetzt: spaeter }),
    ).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(entwurf).where(eq(entwurf.id, neu.entwurf.id))).toEqual([]);
  });

  it("keep the old token when the mail cannot be handed over, and refuse a bad address", async () => {
    const neu = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: null,
      ...FORM,
      antworten: {},
    });
    if (!neu.ok || !neu.token) throw new Error("no token");
    const kaputt = async () => {
      throw new Error("queue down");
    };
    await expect(
      erzeugeFortsetzungslink(db, {
        zugang: { token: neu.token },
        email: "erika@example.org",
        sprache: "en",
        post: kaputt,
      }),
    ).rejects.toThrow("queue down");
    expect((await ladeEntwurf(db, { zugang: { token: neu.token } }))?.id).toBe(neu.entwurf.id);
    const { post } = postfach();
    expect(
      await erzeugeFortsetzungslink(db, {
        zugang: { token: neu.token },
        email: "keine adresse",
        sprache: "de",
        post,
      }),
    ).toEqual({ ok: false, fehler: "email-ungueltig" });
    expect(
      await erzeugeFortsetzungslink(db, {
        zugang: { token: "falsch" },
        email: "erika@example.org",
        sprache: "de",
        post,
      }),
    ).toEqual({ ok: false, fehler: "nicht-gefunden" });
  });

  it("can be taken into the account of a citizen who signs in; the token then stops", async () => {
    const neu = await speichereEntwurf(db, {
      loescheDatei: keineDatei,
      zugang: null,
      ...FORM,
      antworten: { a: 1 },
    });
    if (!neu.ok || !neu.token) throw new Error("no token");
    const k = await neuesKonto(db);
    const uebernommen = await uebernehmeEntwurf(db, {
      zugang: { token: neu.token },
      kontoId: k.id,
    });
    expect(uebernommen).toMatchObject({ id: neu.entwurf.id, imKonto: true, antworten: { a: 1 } });
    expect(await ladeEntwurf(db, { zugang: { token: neu.token } })).toBeNull();
    expect(
      (await ladeEntwurf(db, { entwurfId: neu.entwurf.id, zugang: { kontoId: k.id } }))?.id,
    ).toBe(neu.entwurf.id);
  });
});
