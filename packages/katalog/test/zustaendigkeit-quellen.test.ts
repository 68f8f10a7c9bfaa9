import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { faelle } from "../src/services/zustaendigkeit.ts";
import { MASSGEBLICHE_ORTE } from "../src/types.ts";
import { seedLeistungen } from "./seed-leistungen.ts";

const seed = (file: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../seed/${file}`, import.meta.url)), "utf8"),
  ) as {
    schluessel: string;
  }[];
const behoerden = new Set(
  [...seed("cms/organisationseinheiten.json"), ...seed("cms/landesbehoerden.json")].map(
    (o) => o.schluessel,
  ),
);

describe("the seed's responsibility rules", () => {
  it("covers every service", () => {
    expect(seedLeistungen.length).toBeGreaterThanOrEqual(67);
  });

  it.each(seedLeistungen.map((l) => [l.slug, l]))(
    "%s names its source and the place that decides",
    (_slug, l) => {
      expect(l.regel.quelle?.trim().length ?? 0).toBeGreaterThan(20);
      expect(MASSGEBLICHE_ORTE).toContain(l.regel.massgeblicherOrt);
      if (l.regel.quelleUrl) expect(l.regel.quelleUrl).toMatch(/^https?:\/\/[^\s]+$/);
    },
  );

  it.each(seedLeistungen.map((l) => [l.slug, l]))(
    "%s: several cases each say when they apply",
    (_slug, l) => {
      const cases = faelle(l.regel);
      if (cases.length > 1) {
        for (const f of cases) {
          expect(f.bedingung?.trim()).toBeTruthy();
          expect(f.bedingungEn?.trim()).toBeTruthy();
        }
      }
      for (const f of cases) {
        if (f.ebene === "land") expect(behoerden).toContain(f.organisationseinheit);
        for (const a of f.ausnahmen) expect(behoerden).toContain(a.organisationseinheit);
      }
    },
  );
});
