// Everything that needs MapLibre, in one module that `karte.tsx` imports dynamically: the library
// (~250 kB gzipped) and its stylesheet then form a chunk of their own, loaded only when the map is
// wanted, never with the page.
import "maplibre-gl/dist/maplibre-gl.css";
import * as maplibregl from "maplibre-gl";
import type { MapLibreTexte } from "./karte";

export type KartenOptionen = {
  lat: number;
  lon: number;
  ags: string | null;
  label: string;
  /** The marker's text alternative; without it, no marker (a point picker sets its own). */
  marker?: string;
  texte: MapLibreTexte;
};

/**
 * Draws the offline map (style, boundaries and glyphs under /karte/) into `container`. MapLibre's
 * canvas is a focusable region landmark named `label` (arrow keys pan, +/− zoom); the marker gets
 * `marker` as its text alternative.
 */
export async function zeigeKarte(container: HTMLElement, o: KartenOptionen) {
  const base = `${window.location.origin}/karte/`;
  const res = await fetch(`${base}style.json`);
  if (!res.ok) throw new Error(`style.json: HTTP ${res.status}`);
  const style = (await res.json()) as maplibregl.StyleSpecification;
  // The style names its files relatively; MapLibre needs absolute URLs.
  if (style.glyphs && !/^https?:/.test(style.glyphs)) style.glyphs = base + style.glyphs;
  for (const source of Object.values(style.sources)) {
    if (
      source.type === "geojson" &&
      typeof source.data === "string" &&
      !/^https?:/.test(source.data)
    )
      source.data = base + source.data;
  }
  const map = new maplibregl.Map({
    container,
    style,
    center: [o.lon, o.lat],
    zoom: 10,
    // Scrolling the page over the map must not zoom it (keyboard and +/- buttons still do).
    cooperativeGestures: true,
    attributionControl: { compact: true },
    locale: {
      "Map.Title": o.label,
      "Marker.Title": o.marker ?? "",
      "NavigationControl.ZoomIn": o.texte.zoomIn,
      "NavigationControl.ZoomOut": o.texte.zoomOut,
      "AttributionControl.ToggleAttribution": o.texte.attribution,
      "CooperativeGesturesHandler.WindowsHelpText": o.texte.ctrlScroll,
      "CooperativeGesturesHandler.MacHelpText": o.texte.cmdScroll,
      "CooperativeGesturesHandler.MobileHelpText": o.texte.twoFingers,
    },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  if (o.marker) {
    const pin = new maplibregl.Marker({ color: "#004b76" }).setLngLat([o.lon, o.lat]).addTo(map);
    // MapLibre makes the marker a button, but it does nothing: it is an image of the location.
    pin.getElement().setAttribute("role", "img");
  }
  const { ags } = o;
  if (ags)
    map.on("load", () => {
      // The style fills a municipality with feature-state "selected" (promoteId: ags) …
      map.setFeatureState({ source: "gemeinden", id: ags }, { selected: true });
      // … and the boundary is drawn in the portal colour on top.
      map.addLayer({
        id: "gemeinde-hervorgehoben",
        type: "line",
        source: "gemeinden",
        filter: ["==", ["get", "ags"], ags],
        paint: { "line-color": "#004b76", "line-width": 3 },
      });
    });
  return map;
}
