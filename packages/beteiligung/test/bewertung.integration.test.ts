import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bewertung } from "../src/schema.ts";
import { bewerte } from "../src/services/bewertung.ts";
import { moderiere } from "../src/services/moderation.ts";
import { personSchluessel } from "../src/services/person.ts";
import {
  ENDE,
  MITTE,
  oeffentlichePhase,
  regeln,
  SPAETER,
  veroeffentlichterKommentar,
} from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const bewertungen = (beitragId: string) =>
  db.select().from(bewertung).where(eq(bewertung.beitragId, beitragId));

describe("bewerte", () => {
  it("keeps one rating per person: a second one changes it, two at once leave one row", async () => {
    const r = regeln();
    const id = await veroeffentlichterKommentar(db, r);
    const erika = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    expect(
      await bewerte(db, {
        regeln: r,
        beitragId: id,
        person: erika,
        wert: "zustimmung",
        jetzt: MITTE,
      }),
    ).toEqual({ ok: true, wert: "zustimmung" });
    expect(
      await bewerte(db, {
        regeln: r,
        beitragId: id,
        person: erika,
        wert: "ablehnung",
        jetzt: MITTE,
      }),
    ).toEqual({ ok: true, wert: "ablehnung" });
    expect(await bewertungen(id)).toMatchObject([{ person: erika, wert: "ablehnung" }]);

    const max = await personSchluessel(db, { email: "max@example.org" });
    const parallel = await Promise.all(
      (["zustimmung", "neutral", "zustimmung", "ablehnung"] as const).map((wert) =>
        bewerte(db, { regeln: r, beitragId: id, person: max, wert, jetzt: MITTE }),
      ),
    );
    expect(parallel.every((p) => p.ok)).toBe(true);
    const zeilen = await bewertungen(id);
    expect(zeilen).toHaveLength(2);
    expect(zeilen.filter((z) => z.person === max)).toHaveLength(1);
  });

  it("keys an e-mail address by a keyed hash, the same however it is written", async () => {
    const a = await personSchluessel(db, { email: "Erika.Muster@Example.org " });
    const b = await personSchluessel(db, { email: "erika.muster@example.org" });
    expect(a).toBe(b);
    expect(a).toMatch(/^email:[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain("erika");
    expect(await personSchluessel(db, { email: "max@example.org" })).not.toBe(a);
  });

  it("rates only while a phase allows it, with the identity it asks for", async () => {
    const r = regeln();
    const id = await veroeffentlichterKommentar(db, r);
    const person = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    for (const jetzt of [SPAETER, ENDE]) {
      const antwort = await bewerte(db, {
        regeln: r,
        beitragId: id,
        person,
        wert: "neutral",
        jetzt,
      });
      expect(antwort.ok).toBe(false);
    }
    // The public phase asks for at least a confirmed e-mail address; an unknown key is anonymous.
    expect(
      await bewerte(db, {
        regeln: r,
        beitragId: id,
        person: "jemand",
        wert: "neutral",
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: false, fehler: "identitaet" });
    const ohneBewerten = regeln({
      verfahrenId: r.verfahrenId,
      phasen: [oeffentlichePhase({ erlaubt: ["lesen", "kommentieren"] })],
    });
    expect(
      await bewerte(db, {
        regeln: ohneBewerten,
        beitragId: id,
        person,
        wert: "neutral",
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: false, fehler: "nicht-erlaubt" });
    expect(
      await bewerte(db, { regeln: r, beitragId: id, person, wert: "super", jetzt: MITTE }),
    ).toMatchObject({ ok: false, fehler: "eingabe", meldung: { en: expect.any(String) } });
    expect(await bewertungen(id)).toEqual([]);
  });

  it("rates only published, public contributions of the procedure", async () => {
    const r = regeln();
    const person = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    const id = await veroeffentlichterKommentar(db, r);
    // Another procedure's rules do not open this contribution.
    expect(
      await bewerte(db, { regeln: regeln(), beitragId: id, person, wert: "neutral", jetzt: MITTE }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    await moderiere(db, { beitragId: id, nach: "verborgen", vonKontoId: crypto.randomUUID() });
    expect(
      await bewerte(db, { regeln: r, beitragId: id, person, wert: "neutral", jetzt: MITTE }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    expect(
      await bewerte(db, {
        regeln: r,
        beitragId: crypto.randomUUID(),
        person,
        wert: "neutral",
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    expect(await bewertungen(id)).toEqual([]);
  });
});
