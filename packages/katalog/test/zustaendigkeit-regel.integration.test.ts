import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "@portal/db/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { replaceKatalog } from "../src/queries/katalog.ts";
import { listGebietskontexte, listZustaendigkeiten } from "../src/queries/zustaendigkeit.ts";
import {
  materialisiereZustaendigkeiten,
  zustaendigeStellen,
} from "../src/services/zustaendigkeit.ts";
import { createKatalogTestDatabase } from "../src/testing.ts";
import { seedVersionen } from "./seed-leistungen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createKatalogTestDatabase(inject("adminUrl")));
  await replaceKatalog(db, {
    leistungen: seedVersionen,
    organisationseinheiten: [],
    lebenslagen: [],
    seiten: [],
    meldungen: [],
  });
  await materialisiereZustaendigkeiten(db);
});
afterAll(() => drop());

describe("the SQL materialiser and the TypeScript rule", () => {
  it("agree on every (Leistung, Gemeinde, Fall) of the seed", async () => {
    const gebiete = await listGebietskontexte(db);
    expect(gebiete).toHaveLength(418);
    const erwartet = seedVersionen.flatMap((l) =>
      gebiete.flatMap((g) =>
        zustaendigeStellen(l.zustaendigkeit, g).map(
          (z) => `${l.documentId}|${g.ars}|${z.fall}|${z.organisationseinheit}`,
        ),
      ),
    );
    const materialisiert = (await listZustaendigkeiten(db)).map(
      (z) => `${z.leistungDocumentId}|${z.gemeindeArs}|${z.fall}|${z.organisationseinheit}`,
    );
    expect(erwartet.length).toBeGreaterThanOrEqual(seedVersionen.length * 418);
    expect(new Set(materialisiert).size).toBe(materialisiert.length);
    expect(materialisiert.sort()).toEqual(erwartet.sort());
  });

  it("send every municipality under every case to an authority the seed has", async () => {
    const seed = (file: string) =>
      (
        JSON.parse(
          readFileSync(
            fileURLToPath(new URL(`../../../seed/cms/${file}`, import.meta.url)),
            "utf8",
          ),
        ) as { schluessel: string }[]
      ).map((o) => o.schluessel);
    const behoerden = new Set([
      ...seed("organisationseinheiten.json"),
      ...seed("landesbehoerden.json"),
    ]);
    const unbekannt = (await listZustaendigkeiten(db)).filter(
      (z) => !behoerden.has(z.organisationseinheit),
    );
    expect(unbekannt).toEqual([]);
    const gebiete = await listGebietskontexte(db);
    const zaehler = new Map<string, number>();
    for (const z of await listZustaendigkeiten(db))
      zaehler.set(
        `${z.leistungDocumentId}|${z.fall}`,
        (zaehler.get(`${z.leistungDocumentId}|${z.fall}`) ?? 0) + 1,
      );
    for (const [fall, n] of zaehler) expect(n, fall).toBe(gebiete.length);
  });
});
