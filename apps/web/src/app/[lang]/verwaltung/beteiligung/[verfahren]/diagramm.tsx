import type { Statistik } from "@portal/beteiligung/server";
import { Table } from "@portal/ui/table";
import type { ReactNode } from "react";
import type { BeteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import { fill, formatZahl } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";

type Balken = { phase: string; art: string; anzahl: number };

/**
 * The contributions per phase and kind as a bar chart drawn on the server (an SVG, no script)
 * with the same numbers as a table below it. The SVG is one image for assistive technology
 * (role="img" with all values in its name); the table is the way to read them (WCAG 1.1.1).
 * It scales with its container (viewBox), so it reflows at 320 px.
 */
export function Beitragsdiagramm({
  lang,
  d,
  statistik,
  phasen,
  arten,
}: {
  lang: Lang;
  d: BeteiligungVerwaltungTexte["verfahren"];
  statistik: Statistik;
  phasen: { id: string; titel: string }[];
  arten: { id: string; label: string }[];
}) {
  const zahl = (n: number) => formatZahl(lang, n);
  const je = new Map<string, number>();
  for (const z of statistik.zeilen) {
    const k = `${z.phaseId}|${z.art}`;
    je.set(k, (je.get(k) ?? 0) + z.anzahl);
  }
  // Phases of the procedure first, then any a contribution keeps after the CMS renumbered them.
  const phasenIds = [
    ...phasen.map((p) => p.id),
    ...Object.keys(statistik.nachPhase).filter((id) => !phasen.some((p) => p.id === id)),
  ].filter((id) => (statistik.nachPhase[id] ?? 0) > 0);
  const titel = (id: string) => phasen.find((p) => p.id === id)?.titel ?? id;
  const balken: Balken[] = phasenIds.flatMap((p) =>
    arten
      .map((a) => ({ phase: titel(p), art: a.label, anzahl: je.get(`${p}|${a.id}`) ?? 0 }))
      .filter((b) => b.anzahl > 0),
  );
  if (balken.length === 0) return <p className="kern-body">{d.keineStatistik}</p>;
  const max = Math.max(...balken.map((b) => b.anzahl));
  const hoehe = 28;
  const breite = 640;
  const labelBreite = 300;
  const name = fill(d.diagramm, {
    werte: balken.map((b) => `${b.phase}, ${b.art}: ${zahl(b.anzahl)}`).join("; "),
  });
  return (
    <>
      <svg
        role="img"
        aria-label={name}
        viewBox={`0 0 ${breite} ${balken.length * hoehe + 8}`}
        width="100%"
        style={{ maxWidth: `${breite}px`, height: "auto" }}
        data-testid="statistik-diagramm"
      >
        {balken.map((b, i) => {
          const y = i * hoehe + 4;
          const w = Math.max(2, ((breite - labelBreite - 60) * b.anzahl) / max);
          return (
            <g key={`${b.phase}-${b.art}`}>
              <text x={0} y={y + 17} fontSize="13" fill="currentColor">
                {`${b.phase} · ${b.art}`.slice(0, 44)}
              </text>
              {/* Dark blue on white: 3:1 and more for graphics (WCAG 1.4.11). */}
              <rect x={labelBreite} y={y + 4} width={w} height={hoehe - 10} fill="#004b87" />
              <text x={labelBreite + w + 6} y={y + 17} fontSize="13" fill="currentColor">
                {zahl(b.anzahl)}
              </text>
            </g>
          );
        })}
      </svg>
      <Table<Record<string, ReactNode>>
        id="statistik-tabelle"
        caption={d.diagrammTabelle}
        rowHeader="phase"
        columns={[
          { key: "phase", header: d.spalten.phase },
          ...arten.map((a) => ({ key: a.id, header: a.label, numeric: true })),
          { key: "gesamt", header: d.gesamt, numeric: true },
        ]}
        rows={phasenIds.map((p) => ({
          phase: <bdi>{titel(p)}</bdi>,
          ...Object.fromEntries(arten.map((a) => [a.id, zahl(je.get(`${p}|${a.id}`) ?? 0)])),
          gesamt: zahl(statistik.nachPhase[p] ?? 0),
        }))}
        footer={{
          phase: d.gesamt,
          ...Object.fromEntries(
            arten.map((a) => [
              a.id,
              zahl(statistik.nachArt[a.id as keyof Statistik["nachArt"]] ?? 0),
            ]),
          ),
          gesamt: zahl(statistik.gesamt),
        }}
      />
    </>
  );
}
