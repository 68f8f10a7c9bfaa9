import type { Database } from "@portal/db/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findOrte } from "../src/queries/orte.ts";
import { createKatalogTestDatabase as createTestDatabase } from "../src/testing.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

describe("findOrte", () => {
  it("resolves a postal code to every municipality it covers", async () => {
    const orte = await findOrte(db, { eingabe: "01067" });
    expect(orte.map((o) => o.gemeinde)).toEqual(["Dresden"]);
    expect(orte[0]).toMatchObject({
      ags: "14612000",
      art: "plz",
      kreis: "Kreisfreie Stadt Dresden",
    });
  });

  it("resolves a municipality name with umlauts spelled out or not", async () => {
    for (const eingabe of ["Görlitz", "Goerlitz", "GÖRLITZ "]) {
      const [first] = await findOrte(db, { eingabe });
      expect(first, eingabe).toMatchObject({ ags: "14626110", art: "gemeinde" });
    }
  });

  it("resolves an Ortsteil to its municipality", async () => {
    const orte = await findOrte(db, { eingabe: "Adelsberg" });
    expect(orte).toContainEqual(
      expect.objectContaining({ ags: "14511000", art: "ortsteil", treffer: "Adelsberg" }),
    );
  });

  it("offers a town and an equally named Ortsteil, but not mere prefixes of an exact name", async () => {
    const freiberg = await findOrte(db, { eingabe: "Freiberg" });
    expect(freiberg.map((o) => `${o.art}:${o.gemeinde}`)).toEqual([
      "gemeinde:Freiberg",
      "ortsteil:Adorf/Vogtl.",
    ]);
    expect((await findOrte(db, { eingabe: "Leipzig" })).map((o) => o.gemeinde)).toEqual([
      "Leipzig",
    ]);
  });

  it("tolerates a typo", async () => {
    const [first] = await findOrte(db, { eingabe: "Chemnittz" });
    expect(first?.ags).toBe("14511000");
  });

  it("returns nothing for unknown codes and hostile input", async () => {
    expect(await findOrte(db, { eingabe: "99999" })).toEqual([]);
    expect(await findOrte(db, { eingabe: "'; drop table gemeinde; --" })).toEqual([]);
    expect(await findOrte(db, { eingabe: "🦄🦄🦄" })).toEqual([]);
    expect(await findOrte(db, { eingabe: "x".repeat(10_000) })).toEqual([]);
  });
});

describe("findOrte with a suggestion's format", () => {
  it("narrows 'Ortsteil, Gemeinde' to that municipality and reads '01067 Dresden' as the postal code", async () => {
    const orte = await findOrte(db, { eingabe: "Adelsberg, Chemnitz" });
    expect(orte.map((o) => o.ags)).toEqual(["14511000"]);
    const [plz] = await findOrte(db, { eingabe: "01067 Dresden" });
    expect(plz).toMatchObject({ ags: "14612000", art: "plz" });
  });
});
