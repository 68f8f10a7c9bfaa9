import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { clientKey } from "@portal/ratelimit/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { VerfahrensFrage } from "../src/schema.ts";
import { umfrageAntwort } from "../src/schema.ts";
import { beitragProAdresse } from "../src/services/grenzen.ts";
import { beantworteUmfrage, umfrageErgebnis } from "../src/services/umfrage.ts";
import type { Verfahrensregeln } from "../src/types.ts";
import {
  ANONYM,
  BEGINN,
  ENDE,
  MITTE,
  mitEmail,
  mitKonto,
  oeffentlichePhase,
  regeln,
} from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
let client: string;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  client = await clientKey(db, "203.0.113.9");
});
afterAll(() => drop());

const FRAGEN: VerfahrensFrage[] = [
  { id: "frage-1", frage: "Wie oft?", art: "einfach", optionen: ["Oft", "Selten", "Nie"] },
  {
    id: "frage-2",
    frage: "Was fehlt?",
    art: "mehrfach",
    optionen: ["Schatten", "Bänke", "Wasser"],
  },
  { id: "frage-3", frage: "Sonst noch etwas?", art: "text", optionen: [] },
];

/** A survey procedure: one public phase allowing `umfrage` with `identitaet`. */
const umfrage = (identitaet: "anonym" | "email" | "konto" = "anonym"): Verfahrensregeln =>
  regeln({
    phasen: [
      oeffentlichePhase({
        id: "phase-1",
        erlaubt: ["lesen", "umfrage"],
        identitaet: { umfrage: identitaet },
      }),
    ],
  });

const form = (antworten: Record<string, unknown>, jetzt = MITTE) => ({
  antworten,
  webseite: "",
  angezeigtUm: new Date(jetzt.getTime() - 5000),
});

const zeilen = (verfahrenId: string) =>
  db.select().from(umfrageAntwort).where(eq(umfrageAntwort.verfahrenId, verfahrenId));

describe("beantworteUmfrage", () => {
  it("stores valid answers by question id, verbatim, and counts them per option", async () => {
    const r = umfrage();
    const boese = `<script>alert(1)</script> =HYPERLINK("x") \u202Eabc 🙂`;
    const a = await beantworteUmfrage(db, {
      regeln: r,
      fragen: FRAGEN,
      eingabe: form({
        "frage-1": "Oft",
        "frage-2": ["Wasser", "Schatten", "Wasser"],
        "frage-3": boese,
      }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(a).toMatchObject({ ok: true, ersetzt: false });
    const b = await beantworteUmfrage(db, {
      regeln: r,
      fragen: FRAGEN,
      eingabe: form({ "frage-1": "Nie", "frage-2": "Wasser" }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(b).toMatchObject({ ok: true });

    const [erste] = (await zeilen(r.verfahrenId)).filter((z) => z.antworten["frage-3"]);
    expect(erste?.antworten).toEqual({
      "frage-1": "Oft",
      "frage-2": ["Schatten", "Wasser"],
      "frage-3": boese,
    });
    expect(erste?.phaseId).toBe("phase-1");
    expect(erste?.person).toBeNull();

    const ergebnis = await umfrageErgebnis(db, { verfahrenId: r.verfahrenId, fragen: FRAGEN });
    expect(ergebnis.antworten).toBe(2);
    expect(ergebnis.fragen[0]).toMatchObject({
      beantwortet: 2,
      optionen: [
        { option: "Oft", anzahl: 1 },
        { option: "Selten", anzahl: 0 },
        { option: "Nie", anzahl: 1 },
      ],
    });
    expect(ergebnis.fragen[1]?.optionen).toEqual([
      { option: "Schatten", anzahl: 1 },
      { option: "Bänke", anzahl: 0 },
      { option: "Wasser", anzahl: 2 },
    ]);
    expect(ergebnis.fragen[2]).toMatchObject({ beantwortet: 1, texte: [boese], optionen: [] });
  });

  it("refuses an answer outside the options, a too long text and an empty form, and stores nothing", async () => {
    const r = umfrage();
    const versuche: [Record<string, unknown>, string][] = [
      [{ "frage-1": "Manchmal" }, "frage-1"],
      [{ "frage-1": ["Oft", "Nie"] }, "frage-1"],
      [{ "frage-2": ["Schatten", "Eis"] }, "frage-2"],
      [{ "frage-3": "x".repeat(2001) }, "frage-3"],
      [{ "frage-1": "", "frage-2": [], "frage-3": "   " }, "formular"],
      [{ "frage-1": { a: 1 } }, "frage-1"],
    ];
    for (const [antworten, feld] of versuche) {
      const a = await beantworteUmfrage(db, {
        regeln: r,
        fragen: FRAGEN,
        eingabe: form(antworten),
        identitaet: ANONYM,
        client,
        jetzt: MITTE,
      });
      if (a.ok || a.fehler !== "eingabe") throw new Error(`accepted: ${JSON.stringify(antworten)}`);
      expect(Object.keys(a.felder)).toEqual([feld]);
      expect(a.felder[feld]?.en).toBeTruthy();
    }
    // 2000 characters (code points, an emoji counts once) are fine.
    const grenze = await beantworteUmfrage(db, {
      regeln: r,
      fragen: FRAGEN,
      eingabe: form({ "frage-3": "🙂".repeat(2000) }),
      identitaet: ANONYM,
      client,
      jetzt: MITTE,
    });
    expect(grenze.ok).toBe(true);
    expect(await zeilen(r.verfahrenId)).toHaveLength(1);
  });

  it("refuses outside a phase allowing the survey, and with a weaker identity than asked", async () => {
    const r = umfrage();
    for (const jetzt of [new Date(BEGINN.getTime() - 1), ENDE]) {
      const a = await beantworteUmfrage(db, {
        regeln: r,
        fragen: FRAGEN,
        eingabe: form({ "frage-1": "Oft" }, jetzt),
        identitaet: ANONYM,
        client,
        jetzt,
      });
      expect(a).toMatchObject({ ok: false, fehler: "keine-offene-phase" });
    }
    const kommentarphase = regeln({ phasen: [oeffentlichePhase()] });
    expect(
      await beantworteUmfrage(db, {
        regeln: kommentarphase,
        fragen: FRAGEN,
        eingabe: form({ "frage-1": "Oft" }),
        identitaet: ANONYM,
        client,
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: false, fehler: "nicht-erlaubt" });
    const nurKonto = umfrage("konto");
    expect(
      await beantworteUmfrage(db, {
        regeln: nurKonto,
        fragen: FRAGEN,
        eingabe: form({ "frage-1": "Oft" }),
        identitaet: mitEmail(),
        client,
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: false, fehler: "identitaet" });
    expect(await zeilen(r.verfahrenId)).toHaveLength(0);
    expect(await zeilen(nurKonto.verfahrenId)).toHaveLength(0);
  });

  it("keeps one answer set per account or e-mail address: a second one replaces the first", async () => {
    const r = umfrage("email");
    const konto = mitKonto();
    const erst = await beantworteUmfrage(db, {
      regeln: r,
      fragen: FRAGEN,
      eingabe: { antworten: { "frage-1": "Oft" } },
      identitaet: konto,
      client,
      jetzt: MITTE,
    });
    const dann = await beantworteUmfrage(db, {
      regeln: r,
      fragen: FRAGEN,
      eingabe: { antworten: { "frage-1": "Nie" } },
      identitaet: konto,
      client,
      jetzt: MITTE,
    });
    expect(erst).toMatchObject({ ok: true, ersetzt: false });
    expect(dann).toMatchObject({ ok: true, ersetzt: true });
    for (const email of ["Erika@Example.org", "erika@example.org"]) {
      const a = await beantworteUmfrage(db, {
        regeln: r,
        fragen: FRAGEN,
        eingabe: form({ "frage-2": email === "erika@example.org" ? ["Bänke"] : ["Wasser"] }),
        identitaet: mitEmail(email),
        client,
        jetzt: MITTE,
      });
      expect(a.ok).toBe(true);
    }
    const alle = await zeilen(r.verfahrenId);
    expect(alle).toHaveLength(2);
    expect(
      alle
        .map((z) => z.antworten)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([{ "frage-1": "Nie" }, { "frage-2": ["Bänke"] }]);
    expect(alle.every((z) => z.person && !z.person.includes("erika"))).toBe(true);
  });

  it("stops bots on anonymous forms: honeypot, minimum fill time, and the contributions' rate limit", async () => {
    const r = umfrage();
    const basis = { regeln: r, fragen: FRAGEN, identitaet: ANONYM, client, jetzt: MITTE };
    expect(
      await beantworteUmfrage(db, {
        ...basis,
        eingabe: { ...form({ "frage-1": "Oft" }), webseite: "http://spam.example" },
      }),
    ).toMatchObject({ ok: false, fehler: "spam" });
    for (const angezeigtUm of [
      undefined,
      new Date(MITTE.getTime() - 1000),
      new Date(MITTE.getTime() + 60_000),
    ]) {
      expect(
        await beantworteUmfrage(db, {
          ...basis,
          eingabe: { antworten: { "frage-1": "Oft" }, angezeigtUm },
        }),
      ).toMatchObject({ ok: false, fehler: "zu-schnell" });
    }
    const ergebnisse = [];
    for (let i = 0; i < beitragProAdresse.limit + 5; i++) {
      ergebnisse.push(
        await beantworteUmfrage(db, { ...basis, eingabe: form({ "frage-1": "Oft" }) }),
      );
    }
    expect(ergebnisse.filter((e) => e.ok)).toHaveLength(beitragProAdresse.limit);
    expect(ergebnisse.at(-1)).toMatchObject({ ok: false, fehler: "zu-viele" });
    expect(await zeilen(r.verfahrenId)).toHaveLength(beitragProAdresse.limit);
    // Another client is not affected.
    const anderer = await clientKey(db, "198.51.100.4");
    expect(
      await beantworteUmfrage(db, {
        ...basis,
        client: anderer,
        eingabe: form({ "frage-1": "Oft" }),
      }),
    ).toMatchObject({ ok: true });
  });
});
