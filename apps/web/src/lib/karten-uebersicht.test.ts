import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KartenUebersicht } from "@/components/karten-uebersicht";
import { behoerdeTexte } from "../i18n/behoerde";
import { kartenUebersicht, vereinfache } from "./karten-uebersicht";

// Stadtverwaltung Freiberg, Obermarkt 24 (coordinates as in the seed).
const freiberg = { lat: 50.9167, lon: 13.3428, ags: "14522180" };

describe("kartenUebersicht", () => {
  it("highlights the municipality and puts the marker on the place, inside the drawing", () => {
    const u = kartenUebersicht(freiberg);
    expect(u.gemeinde?.name).toBe("Freiberg");
    expect(u.gemeinde?.d).toMatch(/^M\d+ \d+l.*z$/);
    expect(u.marker.x).toBeGreaterThan(0);
    expect(u.marker.x).toBeLessThan(u.breite);
    expect(u.marker.y).toBeGreaterThan(0);
    expect(u.marker.y).toBeLessThan(u.hoehe);
    // Freiberg lies between Chemnitz and Dresden.
    const x = (name: string) => u.staedte.find((s) => s.name === name)?.x ?? Number.NaN;
    expect(u.marker.x).toBeGreaterThan(x("Chemnitz"));
    expect(u.marker.x).toBeLessThan(x("Dresden"));
  });

  it("computes a municipality once and serves it from memory after that", () => {
    expect(kartenUebersicht(freiberg).gemeinde).toBe(kartenUebersicht(freiberg).gemeinde);
  });

  it("draws Saxony and the marker when the municipality is not known", () => {
    const u = kartenUebersicht({ lat: 51.05, lon: 13.74, ags: null });
    expect(u.gemeinde).toBeUndefined();
    expect(u.land.length).toBeGreaterThan(500);
  });

  it("renders an SVG of a few kB with a name, in both languages", () => {
    for (const lang of ["de", "en"] as const) {
      const svg = renderToStaticMarkup(
        createElement(KartenUebersicht, { ...freiberg, label: behoerdeTexte(lang).uebersicht }),
      );
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/<title id="[^"]+">[^<]*Freiberg[^<]*<\/title>/);
      expect(svg.length).toBeLessThan(4000);
    }
  });
});

describe("vereinfache", () => {
  it("drops points closer to the line than the tolerance and keeps the others", () => {
    const ring = [
      { x: 0, y: 0 },
      { x: 5, y: 0.2 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 0 },
    ];
    expect(vereinfache(ring, 0.5)).toEqual([ring[0], ring[2], ring[3], ring[4]]);
    expect(vereinfache(ring, 0.1)).toEqual(ring);
  });
});
