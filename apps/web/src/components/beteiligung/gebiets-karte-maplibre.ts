// The procedures' areas on the offline map, in a chunk of its own with MapLibre (imported
// dynamically by gebiets-karte.tsx).
import * as maplibregl from "maplibre-gl";
import type { MapLibreTexte } from "../karte";
import { zeigeKarte } from "../karte-maplibre";

export type GebietsKartenOptionen = {
  gebiete: { titel: string; gebiet: unknown }[];
  /** Map points of contributions (those listed on the page, where each is also given as text). */
  punkte?: { lat: number; lon: number }[];
  ags: string | null;
  label: string;
  texte: MapLibreTexte;
};

/** Draws the areas (outlined) and fits the map to them. */
export async function zeigeGebiete(container: HTMLElement, o: GebietsKartenOptionen) {
  const punkte = [
    ...o.gebiete.flatMap((g) => alleKoordinaten(g.gebiet)),
    ...(o.punkte ?? []).map((p): [number, number] => [p.lon, p.lat]),
  ];
  const grenzen = new maplibregl.LngLatBounds();
  for (const p of punkte) grenzen.extend(p);
  const mitte = punkte.length ? grenzen.getCenter() : { lat: 51.05, lng: 13.35 };
  const map = await zeigeKarte(container, {
    lat: mitte.lat,
    lon: mitte.lng,
    ags: o.ags,
    label: o.label,
    texte: o.texte,
  });
  map.on("load", () => {
    map.addSource("verfahrensgebiete", {
      type: "geojson",
      // The areas were checked against GeoJSON (Polygon, MultiPolygon) when the CMS sent them.
      data: {
        type: "FeatureCollection",
        features: o.gebiete.map((g) => ({
          type: "Feature",
          properties: { titel: g.titel },
          geometry: g.gebiet,
        })),
      } as maplibregl.GeoJSONSourceSpecification["data"],
    });
    map.addLayer({
      id: "verfahrensgebiete-flaeche",
      type: "fill",
      source: "verfahrensgebiete",
      paint: { "fill-color": "#c0003c", "fill-opacity": 0.15 },
    });
    map.addLayer({
      id: "verfahrensgebiete-linie",
      type: "line",
      source: "verfahrensgebiete",
      paint: { "line-color": "#c0003c", "line-width": 3 },
    });
    map.addSource("beitragspunkte", {
      type: "geojson",
      data: {
        type: "FeatureCollection",
        features: (o.punkte ?? []).map((p) => ({
          type: "Feature",
          properties: {},
          geometry: { type: "Point", coordinates: [p.lon, p.lat] },
        })),
      },
    });
    map.addLayer({
      id: "beitragspunkte",
      type: "circle",
      source: "beitragspunkte",
      paint: {
        "circle-radius": 7,
        "circle-color": "#004b76",
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    });
    if (punkte.length) map.fitBounds(grenzen, { padding: 40, maxZoom: 13, duration: 0 });
  });
  return map;
}

function alleKoordinaten(gebiet: unknown): [number, number][] {
  const g = gebiet as { type?: string; coordinates?: unknown } | null;
  if (!g?.coordinates) return [];
  const ringe =
    g.type === "MultiPolygon"
      ? (g.coordinates as number[][][][]).flat()
      : (g.coordinates as number[][][]);
  return ringe.flat().map((p) => [p[0] ?? 0, p[1] ?? 0] as [number, number]);
}
