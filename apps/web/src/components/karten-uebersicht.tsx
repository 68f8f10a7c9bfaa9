import { useId } from "react";
import { kartenUebersicht } from "@/lib/karten-uebersicht";

/**
 * A static overview of where a place lies in Saxony: the state's outline, the municipality filled,
 * a marker and the three big cities, as inline SVG rendered on the server (~3 kB, no script). It
 * stands in for the interactive map until that is wanted, and is all there is without JavaScript.
 * It is an image with a short name (`label`, e.g. "Übersichtskarte von Sachsen: Freiberg
 * hervorgehoben"); the address beside it is the text equivalent of the location.
 */
export function KartenUebersicht({
  lat,
  lon,
  ags,
  label,
}: {
  lat: number;
  lon: number;
  ags: string | null;
  /** Name of the image; gets the municipality's name, or null if it is not known. */
  label: (gemeinde: string | null) => string;
}) {
  const titel = useId();
  const u = kartenUebersicht({ lat, lon, ags });
  const { x, y } = u.marker;
  return (
    <svg
      viewBox={`0 0 ${u.breite} ${u.hoehe}`}
      role="img"
      aria-labelledby={titel}
      className="portal-karte-svg"
    >
      <title id={titel}>{label(u.gemeinde?.name ?? null)}</title>
      <path d={u.land} fill="#fbfaf4" stroke="#2f5f8a" strokeWidth="1.5" strokeLinejoin="round" />
      {u.gemeinde ? (
        <path d={u.gemeinde.d} fill="#f6d38a" stroke="#004b76" strokeWidth="1.5" />
      ) : null}
      <g fill="#33414d" fontSize="12">
        {u.staedte.map((s) => (
          <g key={s.name}>
            <circle cx={s.x} cy={s.y} r="2.5" />
            <text x={s.x + 5} y={s.y + 4}>
              {s.name}
            </text>
          </g>
        ))}
      </g>
      {/* A pin with its tip on the location; the white edge keeps it visible on any fill. */}
      <path
        d={`M${x} ${y}c-1-5-7-8-7-13a7 7 0 1 1 14 0c0 5-6 8-7 13z`}
        fill="#004b76"
        stroke="#fff"
        strokeWidth="1.5"
      />
      <circle cx={x} cy={y - 13} r="2.5" fill="#fff" />
    </svg>
  );
}
