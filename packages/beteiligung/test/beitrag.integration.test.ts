import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { clientKey } from "@portal/ratelimit/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { beitrag, bestaetigung } from "../src/schema.ts";
import {
  bestaetigeBeitrag,
  loescheUnbestaetigteBeitraege,
  reicheBeitragEin,
  tokenHash,
} from "../src/services/beitrag.ts";
import { beitragProAdresse, beitragProKonto } from "../src/services/grenzen.ts";
import { oeffentlicheBeitraege } from "../src/services/lesen.ts";
import {
  ANONYM,
  BEGINN,
  ENDE,
  kommentarForm,
  MITTE,
  mitEmail,
  mitKonto,
  regeln,
  SPAETER,
  STUNDE,
} from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
let client: string;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  client = await clientKey(db, "203.0.113.7");
});
afterAll(() => drop());

const zeile = async (id: string) => {
  const [z] = await db.select().from(beitrag).where(eq(beitrag.id, id));
  if (!z) throw new Error(`no contribution ${id}`);
  return z;
};

const ids = async (verfahrenId: string) =>
  (await oeffentlicheBeitraege(db, { verfahrenId, limit: 100 })).beitraege.map((b) => b.id);

describe("reicheBeitragEin: the procedure's rules", () => {
  it("refuses before, after and outside the phase that allows it, and stores nothing", async () => {
    const r = regeln();
    for (const jetzt of [new Date(BEGINN.getTime() - 1), ENDE, SPAETER]) {
      const antwort = await reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(jetzt),
        identitaet: ANONYM,
        client,
        jetzt,
      });
      expect(antwort).toMatchObject({ ok: false });
      if (antwort.ok || antwort.fehler === "eingabe") throw new Error("accepted");
      expect(["keine-offene-phase", "nicht-erlaubt"]).toContain(antwort.fehler);
      expect("meldung" in antwort && antwort.meldung.de).toBeTruthy();
    }
    const [closed] = await Promise.all([
      reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(ENDE),
        identitaet: ANONYM,
        client,
        jetzt: ENDE,
      }),
    ]);
    expect(closed).toMatchObject({
      ok: false,
      fehler: "keine-offene-phase",
      meldung: { de: expect.stringContaining("nimmt derzeit keine Beiträge an") },
    });
    expect(await db.select().from(beitrag).where(eq(beitrag.verfahrenId, r.verfahrenId))).toEqual(
      [],
    );
  });

  it("returns field errors in German and English for bad input", async () => {
    const antwort = await reicheBeitragEin(db, {
      regeln: regeln(),
      eingabe: kommentarForm(MITTE, { text: "   ", name: "x".repeat(101) }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(antwort).toEqual({
      ok: false,
      fehler: "eingabe",
      felder: {
        text: { de: "Bitte geben Sie einen Text ein.", en: "Please enter a text." },
        name: {
          de: "Der Name darf höchstens 100 Zeichen lang sein.",
          en: "The name may be at most 100 characters long.",
        },
      },
    });
    const ohneAdresse = await reicheBeitragEin(db, {
      regeln: regeln(),
      eingabe: kommentarForm(MITTE),
      identitaet: { art: "email", email: "keine-adresse" },
      client,
      jetzt: MITTE,
    });
    expect(ohneAdresse).toMatchObject({ ok: false, fehler: "eingabe", felder: { email: {} } });
    const ohneKonto = await reicheBeitragEin(db, {
      regeln: regeln(),
      eingabe: kommentarForm(MITTE),
      identitaet: { art: "eid", kontoId: "kein-konto" },
      client,
      jetzt: MITTE,
    });
    expect(ohneKonto).toMatchObject({ ok: false, fehler: "eingabe", felder: { konto: {} } });
  });

  it("publishes at once under post-moderation and queues under pre-moderation", async () => {
    const nach = regeln();
    const a = await reicheBeitragEin(db, {
      regeln: nach,
      eingabe: kommentarForm(MITTE),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(a).toMatchObject({
      ok: true,
      beitrag: { status: "veroeffentlicht", oeffentlich: true },
    });
    expect(a.ok && a.bestaetigungsToken).toBeFalsy();

    const vorab = regeln({ moderation: "vorab" });
    const kontoId = crypto.randomUUID();
    const b = await reicheBeitragEin(db, {
      regeln: vorab,
      eingabe: { art: "kommentar", text: "Mit Konto" },
      identitaet: mitKonto(kontoId),
      client,
      jetzt: MITTE,
    });
    expect(b).toMatchObject({ ok: true, beitrag: { status: "ausstehend" } });
    if (!b.ok) return;
    expect(await zeile(b.beitrag.id)).toMatchObject({
      kontoId,
      email: null,
      phaseId: "auslegung",
      mandantId: "leipzig",
    });
    expect(await ids(vorab.verfahrenId)).toEqual([]);
  });

  it("stores what institutions submit in their phase as not public", async () => {
    const r = regeln();
    const kontoId = crypto.randomUUID();
    const ohne = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: { art: "stellungnahme", text: "Stellungnahme des Landesamts" },
      identitaet: mitKonto(kontoId),
      client,
      jetzt: SPAETER,
    });
    expect(ohne).toMatchObject({ ok: false, fehler: "nur-institutionen" });
    const mit = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: { art: "stellungnahme", text: "Stellungnahme des Landesamts", name: "LfULG" },
      identitaet: mitKonto(kontoId),
      client,
      jetzt: SPAETER,
      institution: true,
    });
    expect(mit).toMatchObject({
      ok: true,
      beitrag: { art: "stellungnahme", status: "veroeffentlicht", oeffentlich: false },
    });
    expect(await ids(r.verfahrenId)).toEqual([]);
  });

  it("stores an HTML payload, a formula and bidi overrides verbatim", async () => {
    const r = regeln();
    const text = `<script>alert(1)</script><img src=x onerror="alert(document.cookie)"> =HYPERLINK("http://evil.example") \u202Etxt.exe`;
    const name = "<b onmouseover=alert(1)>Erika</b>";
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(MITTE, { text: `  ${text}\n`, name }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    if (!antwort.ok) throw new Error(JSON.stringify(antwort));
    expect(await zeile(antwort.beitrag.id)).toMatchObject({ text, name });
    const [oeffentlich] = (
      await oeffentlicheBeitraege(db, { verfahrenId: r.verfahrenId, limit: 5 })
    ).beitraege;
    expect(oeffentlich).toMatchObject({ text, name });
  });

  it("stores a map point with its place", async () => {
    const r = regeln();
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: {
        art: "kartenpunkt",
        lat: "51.3397",
        lon: "12.3731",
        text: "Ampel fehlt",
        webseite: "",
        angezeigtUm: new Date(MITTE.getTime() - 60_000),
      },
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    if (!antwort.ok) throw new Error(JSON.stringify(antwort));
    expect(await zeile(antwort.beitrag.id)).toMatchObject({
      art: "kartenpunkt",
      lat: 51.3397,
      lon: 12.3731,
    });
  });

  it("takes replies only to a visible comment of the same procedure", async () => {
    const r = regeln();
    const eltern = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(MITTE),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    if (!eltern.ok) throw new Error("parent");
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(MITTE, { text: "Sehe ich auch so.", elternId: eltern.beitrag.id }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(antwort).toMatchObject({ ok: true });
    const anderes = await reicheBeitragEin(db, {
      regeln: regeln(),
      eingabe: kommentarForm(MITTE, { elternId: eltern.beitrag.id }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(anderes).toMatchObject({ ok: false, fehler: "eingabe", felder: { elternId: {} } });
    const unbekannt = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(MITTE, { elternId: crypto.randomUUID() }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(unbekannt).toMatchObject({ ok: false, fehler: "eingabe", felder: { elternId: {} } });
  });
});

describe("reicheBeitragEin: abuse controls", () => {
  it("refuses a filled-in honeypot as spam", async () => {
    const r = regeln();
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(MITTE, { webseite: "http://cheap-pills.example" }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(antwort).toMatchObject({
      ok: false,
      fehler: "spam",
      meldung: { de: expect.any(String) },
    });
    expect(await ids(r.verfahrenId)).toEqual([]);
  });

  it("refuses a form sent less than 3 seconds after it was shown, or without the time", async () => {
    const r = regeln();
    for (const vorher of [0, 1000, 2999, -60_000]) {
      const antwort = await reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(MITTE, {
          angezeigtUm: new Date(MITTE.getTime() - vorher).toISOString(),
        }),
        identitaet: mitEmail(),
        client,
        jetzt: MITTE,
      });
      expect(antwort, `${vorher} ms`).toMatchObject({ ok: false, fehler: "zu-schnell" });
    }
    expect(
      await reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(MITTE, { angezeigtUm: undefined }),
        identitaet: ANONYM,
        client,
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: false, fehler: "zu-schnell" });
    expect(
      await reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(MITTE, {
          angezeigtUm: new Date(MITTE.getTime() - 3000).toISOString(),
        }),
        identitaet: ANONYM,
        client,
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: true });
  });

  it("does not ask signed-in participants for the form checks", async () => {
    const antwort = await reicheBeitragEin(db, {
      regeln: regeln(),
      eingabe: { art: "kommentar", text: "Ohne Zeitstempel" },
      identitaet: mitKonto(),
      client,
      jetzt: MITTE,
    });
    expect(antwort).toMatchObject({ ok: true });
  });

  it("lets exactly the policy's limit of a flood of 200 anonymous comments from one client through", async () => {
    const r = regeln();
    const ergebnisse = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        reicheBeitragEin(db, {
          regeln: r,
          eingabe: kommentarForm(MITTE, { text: `Spam Nummer ${i}` }),
          identitaet: ANONYM,
          client,
          jetzt: MITTE,
        }),
      ),
    );
    const durch = ergebnisse.filter((e) => e.ok).length;
    expect(durch).toBe(beitragProAdresse.limit);
    const abgewiesen = ergebnisse.filter((e) => !e.ok);
    expect(abgewiesen).toHaveLength(200 - beitragProAdresse.limit);
    for (const e of abgewiesen) {
      expect(e).toMatchObject({ ok: false, fehler: "zu-viele", retryAt: expect.any(Date) });
    }
    const gespeichert = await db
      .select()
      .from(beitrag)
      .where(eq(beitrag.verfahrenId, r.verfahrenId));
    expect(gespeichert).toHaveLength(beitragProAdresse.limit);

    // Another client, and the same client in another procedure, are not affected.
    const andere = await clientKey(db, "198.51.100.20");
    expect(
      await reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(MITTE),
        identitaet: ANONYM,
        client: andere,
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await reicheBeitragEin(db, {
        regeln: regeln(),
        eingabe: kommentarForm(MITTE),
        identitaet: ANONYM,
        client,
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: true });
    // The next window takes the client again.
    const spaeter = new Date(MITTE.getTime() + beitragProAdresse.windowSeconds * 1000);
    expect(
      await reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(spaeter),
        identitaet: ANONYM,
        client,
        jetzt: spaeter,
      }),
    ).toMatchObject({ ok: true });
  });

  it("limits an account per procedure, whatever its address", async () => {
    const r = regeln();
    const konto = mitKonto();
    const ergebnisse = [];
    for (let i = 0; i < beitragProKonto.limit + 5; i++) {
      ergebnisse.push(
        await reicheBeitragEin(db, {
          regeln: r,
          eingabe: { art: "kommentar", text: `Beitrag ${i}` },
          identitaet: konto,
          client: await clientKey(db, `192.0.2.${i + 1}`),
          jetzt: MITTE,
        }),
      );
    }
    expect(ergebnisse.filter((e) => e.ok)).toHaveLength(beitragProKonto.limit);
    expect(ergebnisse.at(-1)).toMatchObject({ ok: false, fehler: "zu-viele" });
  });
});

describe("e-mail confirmation", () => {
  it("keeps a contribution out of public view until it is confirmed, once", async () => {
    const r = regeln();
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(MITTE),
      identitaet: mitEmail(" erika@example.org "),
      client,
      jetzt: MITTE,
    });
    if (!antwort.ok) throw new Error(JSON.stringify(antwort));
    expect(antwort.beitrag.status).toBe("unbestaetigt");
    const token = antwort.bestaetigungsToken;
    if (!token) throw new Error("no token");
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(await zeile(antwort.beitrag.id)).toMatchObject({ email: "erika@example.org" });
    expect(await ids(r.verfahrenId)).toEqual([]);

    // Only the hash is stored.
    const [gespeichert] = await db
      .select()
      .from(bestaetigung)
      .where(eq(bestaetigung.beitragId, antwort.beitrag.id));
    expect(gespeichert?.tokenHash).toBe(tokenHash(token));
    expect(gespeichert?.tokenHash).not.toContain(token);

    const jetzt = new Date(MITTE.getTime() + STUNDE);
    const [erst, zweit] = await Promise.all([
      bestaetigeBeitrag(db, { token, jetzt }),
      bestaetigeBeitrag(db, { token, jetzt }),
    ]);
    const ergebnisse = [erst, zweit];
    expect(ergebnisse.filter((e) => e?.ok)).toEqual([
      { ok: true, beitragId: antwort.beitrag.id, status: "veroeffentlicht" },
    ]);
    expect(ergebnisse.filter((e) => !e?.ok)).toMatchObject([{ ok: false, fehler: "verbraucht" }]);
    expect(await ids(r.verfahrenId)).toEqual([antwort.beitrag.id]);

    expect(await bestaetigeBeitrag(db, { token, jetzt })).toMatchObject({
      ok: false,
      fehler: "verbraucht",
      meldung: { de: expect.stringContaining("nur einmal"), en: expect.any(String) },
    });
    expect(await bestaetigeBeitrag(db, { token: `${token}x`, jetzt })).toMatchObject({
      ok: false,
      fehler: "unbekannt",
    });
    expect(await bestaetigeBeitrag(db, { token: "", jetzt })).toMatchObject({
      ok: false,
      fehler: "unbekannt",
    });
  });

  it("goes to the moderation queue after confirming under pre-moderation", async () => {
    const r = regeln({ moderation: "vorab" });
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(MITTE),
      identitaet: mitEmail(),
      client,
      jetzt: MITTE,
    });
    if (!antwort.ok || !antwort.bestaetigungsToken) throw new Error("no token");
    expect(
      await bestaetigeBeitrag(db, { token: antwort.bestaetigungsToken, jetzt: MITTE }),
    ).toMatchObject({ ok: true, status: "ausstehend" });
    expect(await ids(r.verfahrenId)).toEqual([]);
  });

  it("refuses a token after 48 hours, and the unconfirmed contribution is deleted later", async () => {
    const r = regeln();
    const neu = () =>
      reicheBeitragEin(db, {
        regeln: r,
        eingabe: kommentarForm(MITTE),
        identitaet: mitEmail(),
        client,
        jetzt: MITTE,
      });
    const a = await neu();
    const b = await neu();
    if (!a.ok || !b.ok || !a.bestaetigungsToken || !b.bestaetigungsToken) throw new Error("no");
    const frist = new Date(MITTE.getTime() + 48 * STUNDE);
    expect(
      await bestaetigeBeitrag(db, { token: a.bestaetigungsToken, jetzt: frist }),
    ).toMatchObject({
      ok: false,
      fehler: "abgelaufen",
      meldung: { de: expect.stringContaining("48") },
    });
    expect(
      await bestaetigeBeitrag(db, {
        token: b.bestaetigungsToken,
        jetzt: new Date(frist.getTime() - 1),
      }),
    ).toMatchObject({ ok: true, status: "veroeffentlicht" });
    expect(await ids(r.verfahrenId)).toEqual([b.beitrag.id]);

    expect(
      await loescheUnbestaetigteBeitraege(db, { jetzt: new Date(MITTE.getTime() + STUNDE) }),
    ).toEqual({ geloescht: 0, ablageSchluessel: [] });
    expect(
      (await loescheUnbestaetigteBeitraege(db, { jetzt: frist })).geloescht,
    ).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(beitrag).where(eq(beitrag.id, a.beitrag.id))).toEqual([]);
    expect(await db.select().from(beitrag).where(eq(beitrag.id, b.beitrag.id))).toHaveLength(1);
  });
});
