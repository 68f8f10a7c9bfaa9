// The point picker's map, in a chunk of its own with MapLibre (imported dynamically by
// punkt-auswahl.tsx, like karte-maplibre.ts by karte.tsx).
import * as maplibregl from "maplibre-gl";
import type { MapLibreTexte } from "../karte";
import { zeigeKarte } from "../karte-maplibre";

export type AuswahlOptionen = {
  lat: number;
  lon: number;
  ags: string | null;
  gebiet: unknown;
  label: string;
  texte: MapLibreTexte;
  /** A place was chosen (click, or Enter/Space at the crosshair). */
  gewaehlt: (lat: number, lon: number) => void;
  /** The crosshair (the map's centre) moved. */
  bewegt: (lat: number, lon: number) => void;
};

/**
 * The offline map with the procedure's area, a crosshair in its middle and a marker for the
 * chosen place. Keyboard: the canvas takes focus; the arrow keys pan the map under the crosshair
 * (MapLibre's own keyboard handler), Enter or Space takes the place under the crosshair. Mouse
 * and touch: a click takes the place clicked.
 */
export async function zeigeAuswahlKarte(container: HTMLElement, o: AuswahlOptionen) {
  const map = await zeigeKarte(container, {
    lat: o.lat,
    lon: o.lon,
    ags: o.ags,
    label: o.label,
    texte: o.texte,
  });
  map.setZoom(12);
  let pin: maplibregl.Marker | undefined;
  const waehle = (lat: number, lon: number) => {
    pin ??= new maplibregl.Marker({ color: "#c0003c" }).setLngLat([lon, lat]).addTo(map);
    pin.setLngLat([lon, lat]);
    pin.getElement().setAttribute("role", "img");
    pin.getElement().setAttribute("aria-hidden", "true");
    o.gewaehlt(lat, lon);
  };
  map.on("click", (e) => waehle(e.lngLat.lat, e.lngLat.lng));
  map.on("move", () => {
    const c = map.getCenter();
    o.bewegt(c.lat, c.lng);
  });
  map.getCanvas().addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    const c = map.getCenter();
    waehle(c.lat, c.lng);
  });
  if (o.gebiet)
    map.on("load", () => {
      map.addSource("verfahrensgebiet", {
        type: "geojson",
        // Checked against GeoJSON (Polygon, MultiPolygon) when the CMS sent it.
        data: {
          type: "Feature",
          properties: {},
          geometry: o.gebiet,
        } as maplibregl.GeoJSONSourceSpecification["data"],
      });
      map.addLayer({
        id: "verfahrensgebiet-linie",
        type: "line",
        source: "verfahrensgebiet",
        paint: { "line-color": "#c0003c", "line-width": 3, "line-dasharray": [2, 1] },
      });
    });
  return map;
}
