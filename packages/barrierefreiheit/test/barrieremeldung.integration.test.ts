import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { barrieremeldung } from "../src/schema.ts";
import { speichereBarrieremeldung } from "../src/services/barrieremeldung.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

describe("speichereBarrieremeldung", () => {
  it("stores a report as written and hands out consecutive references", async () => {
    const beschreibung =
      "Die Karte 🗺️ ist mit der Tastatur nicht bedienbar; <b>'; drop table x; --</b> Straße";
    const erste = await speichereBarrieremeldung(db, {
      sprache: "de",
      seite: "/de/behoerden/gv-14612000",
      beschreibung,
      name: "Zoë Müller",
      email: "zoe@example.org",
    });
    const zweite = await speichereBarrieremeldung(db, {
      sprache: "en",
      seite: null,
      beschreibung: "Contrast too low",
      name: null,
      email: null,
    });
    expect(erste.aktenzeichen).toMatch(/^BM-\d{6}$/);
    expect(Number(zweite.aktenzeichen.slice(3))).toBe(Number(erste.aktenzeichen.slice(3)) + 1);
    expect(Date.now() - Date.parse(erste.eingegangenAm)).toBeLessThan(60_000);
    const [row] = await db
      .select()
      .from(barrieremeldung)
      .where(eq(barrieremeldung.id, Number(erste.aktenzeichen.slice(3))));
    expect(row).toMatchObject({ beschreibung, name: "Zoë Müller", sprache: "de" });
  });
});
