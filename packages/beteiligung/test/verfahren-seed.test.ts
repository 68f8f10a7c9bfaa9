import { readFileSync } from "node:fs";
import { mandantSchema, verfahrenSchema } from "@portal/cms-client/schemas";
import { describe, expect, it } from "vitest";

// The seed's Mandanten and Beteiligungsverfahren (seed/cms) are what the portal's schemas accept:
// a seed the read model skipped would leave the dev stack without its demo procedures.

const seed = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../seed/cms/${file}`, import.meta.url), "utf8")) as Record<
    string,
    unknown
  >[];

describe("the CMS seed of the Beteiligungsportal", () => {
  it("has Dresden and Leipzig as Mandanten", () => {
    const mandanten = seed("mandanten.json").map((m, i) =>
      mandantSchema.parse({ documentId: `m${i}`, ...m }),
    );
    expect(mandanten.map((m) => [m.gemeindeAgs, m.ars])).toEqual([
      ["14612000", "146120000000"],
      ["14713000", "147130000000"],
    ]);
    expect(mandanten[0]?.einbettungsDomains).toEqual(["localhost", "127.0.0.1", "www.dresden.de"]);
  });

  it("has five valid procedures, each with its area inside Saxony", () => {
    const verfahren = seed("beteiligungsverfahren.json").map((v, i) =>
      verfahrenSchema.parse({ documentId: `v${i}`, ...v }),
    );
    expect(verfahren.map((v) => [v.art, v.gemeindeAgs, v.moderation])).toEqual([
      ["dialog", "14612000", "nachtraeglich"],
      ["bauleitplanung", "14612000", "vorab"],
      ["umfrage", "14713000", "vorab"],
      ["bauleitplanung", "14612000", "vorab"],
      ["dialog", "14612000", "nachtraeglich"],
    ]);
    // The fifth has ended (a closed phase refuses writes).
    expect(verfahren[4]?.phasen.every((p) => Date.parse(p.ende) < Date.parse("2026-11-01"))).toBe(
      true,
    );
    // The fourth is in its institutions' phase until 31 March 2027 (statements of Träger
    // öffentlicher Belange, never public).
    expect(verfahren[3]?.phasen.map((p) => p.publikum)).toEqual(["oeffentlich", "institutionen"]);
    expect(verfahren[2]?.fragen).toHaveLength(2);
    for (const v of verfahren) {
      const punkte = v.gebiet?.type === "Polygon" ? v.gebiet.coordinates.flat() : [];
      expect(punkte.length).toBeGreaterThanOrEqual(4);
      for (const [lon, lat] of punkte) {
        expect(lon).toBeGreaterThan(11.8);
        expect(lon).toBeLessThan(15.1);
        expect(lat).toBeGreaterThan(50.1);
        expect(lat).toBeLessThan(51.7);
      }
    }
  });
});
