import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// The static overview map of an authority page: Saxony's outline, the municipality, a marker and
// the three big cities for orientation, as SVG path data, drawn on the server from the same boundaries the MapLibre map
// uses (public/karte/*.geojson). No script, no request of its own; a few kB in the page.

type Position = [number, number];
type Geometry =
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] };
type FeatureCollection = {
  features: { properties: Record<string, unknown>; geometry: Geometry }[];
};

/** Width of the drawing in SVG units; the height follows from Saxony's shape. */
const BREITE = 400;
const RAND = 8;
/**
 * Douglas–Peucker tolerance in SVG units: the overview is shown at about 1.3 px per unit, so the
 * error stays around a pixel while the outline's path shrinks to 2 kB (0.7 kB gzipped). The
 * district boundaries would add 5 kB more and are left to the interactive map.
 */
const TOLERANZ = 0.8;
/** The three Kreisfreie Städte, for orientation (dots with names). */
const STAEDTE = ["14612000", "14713000", "14511000"];

export type Punkt = { x: number; y: number };
export type KartenUebersicht = {
  breite: number;
  hoehe: number;
  /** Saxony's outline. */
  land: string;
  /** The municipality, if its key is known. */
  gemeinde?: { name: string; d: string };
  /** The location (the authority's coordinates), clamped into the drawing. */
  marker: Punkt;
  staedte: (Punkt & { name: string })[];
};

type Basis = Omit<KartenUebersicht, "gemeinde" | "marker"> & {
  projiziere: (lon: number, lat: number) => Punkt;
  gemeinden: Map<string, { name: string; geometry: Geometry }>;
};

let basis: Basis | undefined;
/** Path data per municipality, computed on first use: 418 entries at most. */
const gemeindePfade = new Map<string, { name: string; d: string }>();

function lies(verzeichnis: string, datei: string): FeatureCollection {
  return JSON.parse(readFileSync(join(verzeichnis, datei), "utf8"));
}

function ringe(geometry: Geometry): Position[][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

function ladeBasis(verzeichnis: string): Basis {
  const land = lies(verzeichnis, "sachsen_land.geojson").features;
  const alle = ringe(land[0]!.geometry).flat();
  const lons = alle.map((p) => p[0]);
  const lats = alle.map((p) => p[1]);
  const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  // Equirectangular with the east–west scale of Saxony's middle latitude: over 1.5° of latitude
  // it differs from the map's Web Mercator by less than a pixel at this size.
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const s = (BREITE - 2 * RAND) / ((maxLon - minLon) * kx);
  const hoehe = Math.ceil((maxLat - minLat) * s + 2 * RAND);
  const projiziere = (lon: number, lat: number) => ({
    x: RAND + (lon - minLon) * kx * s,
    y: RAND + (maxLat - lat) * s,
  });

  const gemeinden = new Map<string, { name: string; geometry: Geometry }>();
  for (const f of lies(verzeichnis, "sachsen_gemeinden.geojson").features)
    gemeinden.set(String(f.properties.ags), {
      name: String(f.properties.name_kurz ?? f.properties.name),
      geometry: f.geometry,
    });
  const punkte = lies(verzeichnis, "sachsen_gemeinden_punkte.geojson").features as unknown as {
    properties: Record<string, unknown>;
    geometry: { coordinates: Position };
  }[];
  const staedte = STAEDTE.flatMap((ags) => {
    const p = punkte.find((f) => f.properties.ags === ags);
    if (!p) return [];
    const { x, y } = projiziere(...p.geometry.coordinates);
    return [{ name: String(p.properties.name_kurz), x: Math.round(x), y: Math.round(y) }];
  });
  return {
    breite: BREITE,
    hoehe,
    land: land.map((f) => pfadVon(f.geometry, projiziere)).join(""),
    staedte,
    projiziere,
    gemeinden,
  };
}

/**
 * The overview for one location: computed once per process for Saxony and once per municipality,
 * then served from memory.
 */
export function kartenUebersicht(
  ort: { lat: number; lon: number; ags: string | null },
  verzeichnis = join(process.cwd(), "public/karte"),
): KartenUebersicht {
  basis ??= ladeBasis(verzeichnis);
  const { projiziere, gemeinden, ...rest } = basis;
  let gemeinde = ort.ags ? gemeindePfade.get(ort.ags) : undefined;
  const quelle = ort.ags && !gemeinde ? gemeinden.get(ort.ags) : undefined;
  if (ort.ags && quelle) {
    gemeinde = { name: quelle.name, d: pfadVon(quelle.geometry, projiziere) };
    gemeindePfade.set(ort.ags, gemeinde);
  }
  const p = projiziere(ort.lon, ort.lat);
  const marker = {
    x: Math.round(Math.min(Math.max(p.x, 0), rest.breite) * 10) / 10,
    y: Math.round(Math.min(Math.max(p.y, 0), rest.hoehe) * 10) / 10,
  };
  return { ...rest, gemeinde, marker };
}

/** SVG path data of a (multi)polygon: simplified, in whole units, relative moves (short). */
function pfadVon(geometry: Geometry, projiziere: (lon: number, lat: number) => Punkt) {
  let d = "";
  for (const ring of ringe(geometry)) {
    const punkte = vereinfache(
      ring.map(([lon, lat]) => projiziere(lon, lat)),
      TOLERANZ,
    )
      .map((p) => [Math.round(p.x), Math.round(p.y)] as const)
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    // Rings smaller than a unit (tiny exclaves) vanish at this scale.
    if (punkte.length < 4) continue;
    const [x0, y0] = punkte[0]!;
    let teil = `M${x0} ${y0}l`;
    for (let i = 1; i < punkte.length; i++) {
      const dx = punkte[i]![0] - punkte[i - 1]![0];
      const dy = punkte[i]![1] - punkte[i - 1]![1];
      teil += (i === 1 || dx < 0 ? "" : " ") + dx + (dy < 0 ? "" : " ") + dy;
    }
    d += `${teil}z`;
  }
  return d;
}

/** Douglas–Peucker on a closed ring (first and last point kept). */
export function vereinfache(punkte: Punkt[], toleranz: number): Punkt[] {
  if (punkte.length < 3) return punkte;
  const behalten = new Uint8Array(punkte.length);
  behalten[0] = 1;
  behalten[punkte.length - 1] = 1;
  const stapel: [number, number][] = [[0, punkte.length - 1]];
  while (stapel.length) {
    const [von, bis] = stapel.pop()!;
    const a = punkte[von]!;
    const b = punkte[bis]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const laenge = Math.hypot(dx, dy);
    let weitester = -1;
    let abstand = toleranz;
    for (let i = von + 1; i < bis; i++) {
      const p = punkte[i]!;
      // Distance to the segment's line; to the point itself where the ring closes (a = b).
      const d = laenge
        ? Math.abs(dy * p.x - dx * p.y + b.x * a.y - b.y * a.x) / laenge
        : Math.hypot(p.x - a.x, p.y - a.y);
      if (d > abstand) {
        abstand = d;
        weitester = i;
      }
    }
    if (weitester >= 0) {
      behalten[weitester] = 1;
      stapel.push([von, weitester], [weitester, bis]);
    }
  }
  return punkte.filter((_, i) => behalten[i]);
}
