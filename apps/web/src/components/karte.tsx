"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef } from "react";

/** MapLibre's UI strings (see maplibre-gl src/ui/default_locale.ts) in the page language. */
export type KartenTexte = {
  zoomIn: string;
  zoomOut: string;
  attribution: string;
  ctrlScroll: string;
  cmdScroll: string;
  twoFingers: string;
};

/**
 * The location on an offline MapLibre map (style, boundaries and glyphs under /karte/). The
 * caption carries the address, so the figure says the same without JavaScript or without sight;
 * the map library is only loaded (lazily) when script runs. MapLibre's canvas is itself a region
 * landmark: it gets `label` as its name, the marker `marker` as its text alternative.
 */
export function Karte({
  lat,
  lon,
  ags,
  label,
  marker,
  caption,
  texte,
}: {
  lat: number;
  lon: number;
  /** The municipality whose boundary is highlighted. */
  ags: string | null;
  label: string;
  marker: string;
  caption: string;
  texte: KartenTexte;
}) {
  const container = useRef<HTMLDivElement>(null);
  const { zoomIn, zoomOut, attribution, ctrlScroll, cmdScroll, twoFingers } = texte;
  useEffect(() => {
    let map: import("maplibre-gl").Map | undefined;
    let cancelled = false;
    (async () => {
      const maplibre = await import("maplibre-gl");
      const base = `${window.location.origin}/karte/`;
      const res = await fetch(`${base}style.json`);
      if (!res.ok) throw new Error(`style.json: HTTP ${res.status}`);
      const style = (await res.json()) as import("maplibre-gl").StyleSpecification;
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
      if (cancelled || !container.current) return;
      map = new maplibre.Map({
        container: container.current,
        style,
        center: [lon, lat],
        zoom: 10,
        // Scrolling the page over the map must not zoom it (keyboard and +/- buttons still do).
        cooperativeGestures: true,
        attributionControl: { compact: true },
        locale: {
          "Map.Title": label,
          "Marker.Title": marker,
          "NavigationControl.ZoomIn": zoomIn,
          "NavigationControl.ZoomOut": zoomOut,
          "AttributionControl.ToggleAttribution": attribution,
          "CooperativeGesturesHandler.WindowsHelpText": ctrlScroll,
          "CooperativeGesturesHandler.MacHelpText": cmdScroll,
          "CooperativeGesturesHandler.MobileHelpText": twoFingers,
        },
      });
      map.addControl(new maplibre.NavigationControl({ showCompass: false }));
      const pin = new maplibre.Marker({ color: "#004b76" }).setLngLat([lon, lat]).addTo(map);
      // MapLibre makes the marker a button, but it does nothing: it is an image of the location.
      pin.getElement().setAttribute("role", "img");
      if (ags) {
        const m = map;
        m.on("load", () => {
          // The style fills a municipality with feature-state "selected" (promoteId: ags) …
          m.setFeatureState({ source: "gemeinden", id: ags }, { selected: true });
          // … and the boundary is drawn in the portal colour on top.
          m.addLayer({
            id: "gemeinde-hervorgehoben",
            type: "line",
            source: "gemeinden",
            filter: ["==", ["get", "ags"], ags],
            paint: { "line-color": "#004b76", "line-width": 3 },
          });
        });
      }
    })().catch((error) => console.warn("[karte] map not shown:", error));
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [
    lat,
    lon,
    ags,
    label,
    marker,
    zoomIn,
    zoomOut,
    attribution,
    ctrlScroll,
    cmdScroll,
    twoFingers,
  ]);
  return (
    <figure className="portal-stack portal-karte">
      {/* Empty (and hidden by CSS) until MapLibre fills it, so without JavaScript only the caption shows. */}
      <div ref={container} className="portal-map" />
      <figcaption className="kern-body">{caption}</figcaption>
    </figure>
  );
}
