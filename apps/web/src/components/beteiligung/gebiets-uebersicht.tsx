import { useId } from "react";
import { kartenUebersicht } from "@/lib/karten-uebersicht";

/**
 * A static overview of where procedures lie in Saxony: the state's outline, the municipality (if
 * one), and a numbered pin at each procedure's area, numbered as in the list beside it (the
 * list is the text equivalent). Inline SVG from the server, no script.
 */
export function GebietsUebersicht({
  orte,
  ags,
  label,
}: {
  orte: { lat: number; lon: number; nummer?: number }[];
  ags: string | null;
  label: string;
}) {
  const titel = useId();
  const basis = kartenUebersicht({ lat: 51, lon: 13.4, ags });
  const marker = orte.map((o) => ({
    ...kartenUebersicht({ ...o, ags: null }).marker,
    nummer: o.nummer,
  }));
  return (
    <svg
      viewBox={`0 0 ${basis.breite} ${basis.hoehe}`}
      role="img"
      aria-labelledby={titel}
      className="portal-karte-svg"
    >
      <title id={titel}>{label}</title>
      <path
        d={basis.land}
        fill="#fbfaf4"
        stroke="#2f5f8a"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      {basis.gemeinde ? (
        <path d={basis.gemeinde.d} fill="#f6d38a" stroke="#004b76" strokeWidth="1.5" />
      ) : null}
      <g fill="#33414d" fontSize="12">
        {basis.staedte.map((s) => (
          <g key={s.name}>
            <circle cx={s.x} cy={s.y} r="2.5" />
            <text x={s.x + 5} y={s.y + 4}>
              {s.name}
            </text>
          </g>
        ))}
      </g>
      {marker.map(({ x, y, nummer }, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pins are in list order and never move
        <g key={i}>
          <path
            d={`M${x} ${y}c-1-5-7-8-7-13a7 7 0 1 1 14 0c0 5-6 8-7 13z`}
            fill="#c0003c"
            stroke="#fff"
            strokeWidth="1.5"
          />
          {nummer ? (
            <text x={x} y={y - 10} fill="#fff" fontSize="9" textAnchor="middle" fontWeight="bold">
              {nummer}
            </text>
          ) : (
            <circle cx={x} cy={y - 13} r="2.5" fill="#fff" />
          )}
        </g>
      ))}
    </svg>
  );
}
