"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef } from "react";

/**
 * The location on an offline MapLibre map (style, boundaries and glyphs under /karte/). The
 * caption carries the address, so the figure says the same without JavaScript or without sight;
 * the map is only loaded (lazily) when script runs.
 */
export function Karte({ lat, lon, ags, label, caption }: { lat: number; lon: number; ags: string | null; label: string; caption: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let map: import("maplibre-gl").Map | undefined;
    let cancelled = false;
    (async () => {
      const maplibre = await import("maplibre-gl");
      const base = `${window.location.origin}/karte/`;
      const style = await (await fetch(`${base}style.json`)).json();
      // The style names its files relatively; MapLibre needs absolute URLs.
      style.glyphs = `${base}fonts/{fontstack}/{range}.pbf`;
      for (const source of Object.values(style.sources as Record<string, { data?: unknown }>)) {
        if (typeof source.data === "string" && !source.data.startsWith("http")) source.data = base + source.data;
      }
      if (cancelled || !container.current) return;
      map = new maplibre.Map({ container: container.current, style, center: [lon, lat], zoom: 10, attributionControl: { compact: true } });
      map.addControl(new maplibre.NavigationControl({ showCompass: false }));
      new maplibre.Marker({ color: "#004b76" }).setLngLat([lon, lat]).addTo(map);
      if (ags) {
        map.on("load", () => {
          map?.addLayer({
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
  }, [lat, lon, ags]);
  return (
    <figure className="portal-stack">
      <div ref={container} className="portal-map" role="region" aria-label={label} />
      <figcaption className="kern-body">{caption}</figcaption>
    </figure>
  );
}
