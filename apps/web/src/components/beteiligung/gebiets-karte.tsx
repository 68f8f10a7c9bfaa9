"use client";

import { Button } from "@portal/ui/button";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { KartenTexte } from "../karte";

/**
 * The areas of procedures on a map, light until the map is wanted: the page shows `uebersicht`
 * (static SVG from the server; without JavaScript that and the list are all there is) and the
 * caption; "Karte anzeigen" loads MapLibre (a chunk of its own), which takes the overview's place
 * and gets the focus (arrow keys pan, +/− zoom).
 */
export function GebietsKarte({
  gebiete,
  punkte,
  ags,
  label,
  caption,
  texte,
  uebersicht,
}: {
  gebiete: { titel: string; gebiet: unknown }[];
  /** Map points of the contributions listed on the page (each is given as text there too). */
  punkte?: { lat: number; lon: number }[];
  ags: string | null;
  label: string;
  caption: string;
  texte: KartenTexte;
  uebersicht: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [mitSkript, setMitSkript] = useState(false);
  const [versuch, setVersuch] = useState(0);
  const [zustand, setZustand] = useState<"ruhend" | "laedt" | "bereit" | "fehler">("ruhend");
  useEffect(() => setMitSkript(true), []);

  const { zoomIn, zoomOut, attribution, ctrlScroll, cmdScroll, twoFingers } = texte;
  useEffect(() => {
    if (versuch === 0) return;
    let map: import("maplibre-gl").Map | undefined;
    let abgebrochen = false;
    setZustand("laedt");
    (async () => {
      const { zeigeGebiete } = await import("./gebiets-karte-maplibre");
      if (abgebrochen || !container.current) return;
      map = await zeigeGebiete(container.current, {
        gebiete,
        punkte,
        ags,
        label,
        texte: { zoomIn, zoomOut, attribution, ctrlScroll, cmdScroll, twoFingers },
      });
      const m = map;
      if (abgebrochen) return m.remove();
      await new Promise<void>((resolve, reject) => {
        m.once("load", () => resolve());
        m.once("error", (e) => {
          if (!m.loaded()) reject(e.error);
        });
      });
      if (abgebrochen) return;
      m.getCanvas().focus();
      setZustand("bereit");
    })().catch((error) => {
      console.warn("[gebiets-karte] map not shown:", error);
      if (!abgebrochen) setZustand("fehler");
    });
    return () => {
      abgebrochen = true;
      map?.remove();
    };
  }, [
    versuch,
    gebiete,
    punkte,
    ags,
    label,
    zoomIn,
    zoomOut,
    attribution,
    ctrlScroll,
    cmdScroll,
    twoFingers,
  ]);

  return (
    <figure className="portal-stack portal-karte">
      <div className="portal-karte-flaeche">
        <div ref={container} className="portal-map" />
        {zustand !== "bereit" ? (
          <div className="portal-karte-uebersicht">
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
