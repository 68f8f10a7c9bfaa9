"use client";

import { Button } from "@portal/ui/button";
import { useEffect, useRef, useState } from "react";
import { fill } from "@/i18n/format";
import type { KartenTexte } from "../karte";

export type PunktAuswahlTexte = {
  karte: string;
  anleitung: string;
  oeffnen: string;
  laedt: string;
  fehler: string;
  gewaehlt: string;
  keiner: string;
  fadenkreuz: string;
  karteTexte: KartenTexte;
};

const runde = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Choosing a map point's place on the map, with JavaScript only (without it, and as the list
 * equivalent, the form's latitude and longitude fields do the same). The map is loaded when the
 * visitor asks for it; a click or Enter/Space at the crosshair writes the place into the form's
 * fields (`latFeld`, `lonFeld`) and says it as text (a polite live region).
 */
export function PunktAuswahl({
  lat,
  lon,
  ags,
  gebiet,
  latFeld,
  lonFeld,
  texte: d,
}: {
  lat: number;
  lon: number;
  ags: string | null;
  gebiet: unknown;
  latFeld: string;
  lonFeld: string;
  texte: PunktAuswahlTexte;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [mitSkript, setMitSkript] = useState(false);
  const [zustand, setZustand] = useState<"ruhend" | "laedt" | "bereit" | "fehler">("ruhend");
  const [gewaehlt, setGewaehlt] = useState<{ lat: number; lon: number } | null>(null);
  const [fadenkreuz, setFadenkreuz] = useState({ lat, lon });
  const [versuch, setVersuch] = useState(0);

  useEffect(() => setMitSkript(true), []);

  const { zoomIn, zoomOut, attribution, ctrlScroll, cmdScroll, twoFingers } = d.karteTexte;
  useEffect(() => {
    if (versuch === 0) return;
    let map: import("maplibre-gl").Map | undefined;
    let abgebrochen = false;
    setZustand("laedt");
    (async () => {
      const { zeigeAuswahlKarte } = await import("./punkt-auswahl-maplibre");
      if (abgebrochen || !container.current) return;
      map = await zeigeAuswahlKarte(container.current, {
        lat,
        lon,
        ags,
        gebiet,
        label: d.karte,
        texte: { zoomIn, zoomOut, attribution, ctrlScroll, cmdScroll, twoFingers },
        gewaehlt: (la, lo) => {
          const punkt = { lat: runde(la), lon: runde(lo) };
          setGewaehlt(punkt);
          // The form's own fields carry the place, with or without the map.
          const latInput = document.getElementById(latFeld) as HTMLInputElement | null;
          const lonInput = document.getElementById(lonFeld) as HTMLInputElement | null;
          if (latInput) latInput.value = String(punkt.lat);
          if (lonInput) lonInput.value = String(punkt.lon);
        },
        bewegt: (la, lo) => setFadenkreuz({ lat: runde(la), lon: runde(lo) }),
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
      setZustand("bereit");
      m.getCanvas().focus();
    })().catch((error) => {
      console.warn("[punkt-auswahl] map not shown:", error);
      if (!abgebrochen) setZustand("fehler");
    });
    return () => {
      abgebrochen = true;
      map?.remove();
    };
  }, [
    versuch,
    lat,
    lon,
    ags,
    gebiet,
    latFeld,
    lonFeld,
    d.karte,
    zoomIn,
    zoomOut,
    attribution,
    ctrlScroll,
    cmdScroll,
    twoFingers,
  ]);

  if (!mitSkript) return null;
  return (
    <div className="portal-stack" data-testid="punkt-auswahl">
      {zustand === "ruhend" || zustand === "fehler" ? (
        <div>
          <Button type="button" variant="secondary" onClick={() => setVersuch((n) => n + 1)}>
            {d.oeffnen}
          </Button>
        </div>
      ) : null}
      {zustand === "fehler" ? (
        <p className="kern-body" role="status">
          {d.fehler}
        </p>
      ) : null}
      {versuch > 0 && zustand !== "fehler" ? (
        <>
          <p className="kern-hint">{d.anleitung}</p>
          <div className="portal-karte-flaeche portal-auswahl">
            <div ref={container} className="portal-map" />
            {zustand === "bereit" ? (
              <span className="portal-fadenkreuz" aria-hidden="true" />
            ) : (
              <p className="kern-body portal-karte-uebersicht">{d.laedt}</p>
            )}
          </div>
          <p className="kern-body">{fill(d.fadenkreuz, fadenkreuz)}</p>
        </>
      ) : null}
      <p className="kern-body" aria-live="polite" data-testid="gewaehlter-ort">
        {gewaehlt ? fill(d.gewaehlt, gewaehlt) : versuch > 0 ? d.keiner : ""}
      </p>
    </div>
  );
}
