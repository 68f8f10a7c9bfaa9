import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { meldebescheinigung } from "../src/beispiele/index.ts";
import { ladeFormular, listFormulareFuerLeistung, veroeffentlicheFormular } from "../src/server.ts";

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const LEISTUNG = "meldebescheinigung-beantragen";

describe("publishing a form", () => {
  it("numbers versions, adds none for an unchanged definition and keeps old versions as they were", async () => {
    const erste = await veroeffentlicheFormular(db, {
      roh: meldebescheinigung,
      leistung: LEISTUNG,
    });
    expect(erste).toEqual({ ok: true, version: 1, neu: true });
    // Same content, keys in another order and another version number: nothing new.
    const umgestellt = JSON.parse(JSON.stringify({ ...meldebescheinigung, version: 7 }));
    const wieder = await veroeffentlicheFormular(db, {
      roh: Object.fromEntries(Object.entries(umgestellt).reverse()),
      leistung: LEISTUNG,
    });
    expect(wieder).toEqual({ ok: true, version: 1, neu: false });

    const geaendert = structuredClone(meldebescheinigung);
    geaendert.titel = { de: "Meldebescheinigung", en: "Certificate of registration" };
    expect(await veroeffentlicheFormular(db, { roh: geaendert, leistung: LEISTUNG })).toEqual({
      ok: true,
      version: 2,
      neu: true,
    });

    const v1 = await ladeFormular(db, { schluessel: meldebescheinigung.schluessel, version: 1 });
    const neueste = await ladeFormular(db, { schluessel: meldebescheinigung.schluessel });
    expect(v1?.titel).toEqual(meldebescheinigung.titel);
    expect(v1?.version).toBe(1);
    expect(neueste?.version).toBe(2);
    expect(neueste?.leistung).toBe(LEISTUNG);
    const fuerLeistung = await listFormulareFuerLeistung(db, { leistung: LEISTUNG });
    expect(fuerLeistung.map((f) => f.version)).toEqual([2]);
  });

  it("refuses a broken definition and stores nothing", async () => {
    const kaputt = structuredClone(meldebescheinigung);
    kaputt.schluessel = "kaputt";
    kaputt.seiten[1] = {
      ...kaputt.seiten[1]!,
      bedingung: { feld: "gibt-es-nicht", gleich: "x" },
    } as never;
    const ergebnis = await veroeffentlicheFormular(db, { roh: kaputt, leistung: LEISTUNG });
    expect(ergebnis.ok).toBe(false);
    expect(await ladeFormular(db, { schluessel: "kaputt" })).toBeNull();
    expect(
      await veroeffentlicheFormular(db, { roh: "not a form", leistung: LEISTUNG }),
    ).toMatchObject({ ok: false });
  });

  it("never changes a stored version", async () => {
    await expect(
      db.execute(sql`update formular_version set leistung = 'x' where version = 1`),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/immutable/) } });
  });

  it("gives concurrent publications of one form distinct numbers", async () => {
    const varianten = Array.from({ length: 5 }, (_, i) => {
      const d = structuredClone(meldebescheinigung);
      d.schluessel = "parallel";
      d.titel = { de: `Titel ${i}`, en: `Title ${i}` };
      return d;
    });
    const ergebnisse = await Promise.all(
      varianten.map((roh) => veroeffentlicheFormular(db, { roh, leistung: LEISTUNG })),
    );
    const versionen = ergebnisse.map((e) => (e.ok ? e.version : 0)).sort();
    expect(versionen).toEqual([1, 2, 3, 4, 5]);
  });

  it("answers an impossible version with nothing", async () => {
    expect(await ladeFormular(db, { schluessel: "meldebescheinigung", version: 0 })).toBeNull();
    expect(await ladeFormular(db, { schluessel: "meldebescheinigung", version: 1.5 })).toBeNull();
    expect(await ladeFormular(db, { schluessel: "unbekannt" })).toBeNull();
  });
});
