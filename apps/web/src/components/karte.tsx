"use client";

import { Button } from "@portal/ui/button";
import { type ReactNode, useEffect, useRef, useState } from "react";

/** MapLibre's UI strings (see maplibre-gl src/ui/default_locale.ts) and the loader's, in the page language. */
export type KartenTexte = {
  zoomIn: string;
  zoomOut: string;
  attribution: string;
  ctrlScroll: string;
  cmdScroll: string;
  twoFingers: string;
  /** The button that loads the interactive map ("Karte anzeigen"). */
  anzeigen: string;
  /** The same button while the map loads. */
  laedt: string;
  /** Shown if the map cannot be shown (no WebGL, network); the button then tries again. */
  fehler: string;
};

/** The strings MapLibre itself shows. */
export type MapLibreTexte = Pick<
  KartenTexte,
  "zoomIn" | "zoomOut" | "attribution" | "ctrlScroll" | "cmdScroll" | "twoFingers"
>;

type Zustand = "ruhend" | "laedt" | "bereit" | "fehler";

/**
 * The location on a map, light until the map is wanted. The page shows `uebersicht` (a static
 * image rendered on the server) and the caption with the address, which is all there is without
 * JavaScript. The interactive MapLibre map (library and stylesheet ~250 kB gzipped, a chunk of
 * its own) is loaded only when the figure scrolls into view or the visitor presses "Karte
 * anzeigen"; with Save-Data on, only the button loads it. It then takes the overview's place.
 *
 * Keyboard: the button is an ordinary `<button>`; if it (or anything in the overview) has focus
 * when the map is ready, focus moves to the map itself, a region named `label` whose arrow keys pan
 * and +/− zoom, so it is not lost with the button. The marker is an image named `marker`.
 */
export function Karte({
  lat,
  lon,
  ags,
  label,
  marker,
  caption,
  texte,
  uebersicht,
}: {
  lat: number;
  lon: number;
  /** The municipality whose boundary is highlighted. */
  ags: string | null;
  label: string;
  marker: string;
  caption: string;
  texte: KartenTexte;
  /** The static stand-in, shown until the map is ready. */
  uebersicht: ReactNode;
}) {
  const flaeche = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const platzhalter = useRef<HTMLDivElement>(null);
  // Only with script does the button do anything, so only then is it shown.
  const [mitSkript, setMitSkript] = useState(false);
  // Each request to load (scrolled into view, the button, the button again after an error).
  const [versuch, setVersuch] = useState(0);
  const [zustand, setZustand] = useState<Zustand>("ruhend");

  useEffect(() => setMitSkript(true), []);

  useEffect(() => {
    const el = flaeche.current;
    if (versuch > 0 || !el || typeof IntersectionObserver === "undefined") return;
    const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
    if (saveData) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVersuch((n) => n || 1);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [versuch]);

  const { zoomIn, zoomOut, attribution, ctrlScroll, cmdScroll, twoFingers } = texte;
  useEffect(() => {
    if (versuch === 0) return;
    let map: import("maplibre-gl").Map | undefined;
    let cancelled = false;
    setZustand("laedt");
    (async () => {
      const { zeigeKarte } = await import("./karte-maplibre");
      if (cancelled || !container.current) return;
      map = await zeigeKarte(container.current, {
        lat,
        lon,
        ags,
        label,
        marker,
        texte: { zoomIn, zoomOut, attribution, ctrlScroll, cmdScroll, twoFingers },
      });
      const m = map;
      if (cancelled) return m.remove();
      // An error before the first complete render (style or data not loadable) means no map.
      await new Promise<void>((resolve, reject) => {
        m.once("load", () => resolve());
        m.once("error", (e) => {
          if (!m.loaded()) reject(e.error);
        });
      });
      if (cancelled) return;
      // The button is about to go: focus follows to the map rather than to the page's start.
      if (platzhalter.current?.contains(document.activeElement)) m.getCanvas().focus();
      setZustand("bereit");
    })().catch((error) => {
      console.warn("[karte] map not shown:", error);
      if (!cancelled) setZustand("fehler");
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [
    versuch,
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
      <div ref={flaeche} className="portal-karte-flaeche">
        {/* Empty until MapLibre fills it, underneath the overview until the map is ready. */}
        <div ref={container} className="portal-map" />
        {zustand !== "bereit" ? (
          <div ref={platzhalter} className="portal-karte-uebersicht">
            {uebersicht}
            {zustand === "fehler" ? (
              <p className="kern-body" role="status">
                {texte.fehler}
              </p>
            ) : null}
            {mitSkript ? (
              <Button
                type="button"
                variant="secondary"
                aria-disabled={zustand === "laedt" || undefined}
                onClick={() => {
                  if (zustand !== "laedt") setVersuch((n) => n + 1);
                }}
              >
                {zustand === "laedt" ? texte.laedt : texte.anzeigen}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      <figcaption className="kern-body">{caption}</figcaption>
    </figure>
  );
}
