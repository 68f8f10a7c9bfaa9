import type { Db } from "@portal/db/client";
import {
  type BeitragZeile,
  bewertungszahlen,
  listeModeration,
  listeOeffentlicheBeitraege,
  oeffentlicheAntworten,
  zaehleBeitraege,
} from "../queries/beitrag.ts";
import type { Beitragsart, Beitragsstatus, Bewertung } from "../types.ts";

/** What the public sees of a contribution: never the account or the e-mail address. */
export type OeffentlicherBeitrag = {
  id: string;
  art: Beitragsart;
  phaseId: string;
  elternId: string | null;
  text: string;
  name: string | null;
  lat: number | null;
  lon: number | null;
  erstellt: Date;
  bewertungen: Record<Bewertung, number>;
  antworten: OeffentlicherBeitrag[];
};

export const MAX_LIMIT = 100;
const begrenze = (limit: number) =>
  Math.min(MAX_LIMIT, Math.max(1, Number.isFinite(limit) ? Math.floor(limit) : 20));

const kodiere = (zeile: { erstellt: Date; id: string }) =>
  Buffer.from(`${zeile.erstellt.toISOString()}|${zeile.id}`).toString("base64url");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position a cursor names, or null for a cursor that is not one of ours (first page). */
function dekodiere(nach: string | undefined): { erstellt: Date; id: string } | null {
  if (!nach) return null;
  const [zeit, id] = Buffer.from(nach, "base64url").toString("utf8").split("|");
  const erstellt = new Date(zeit ?? "");
  if (!id || !UUID.test(id) || Number.isNaN(erstellt.getTime())) return null;
  return { erstellt, id };
}

const oeffentlich = (
  z: BeitragZeile,
  bewertungen: Record<Bewertung, number>,
): OeffentlicherBeitrag => ({
  id: z.id,
  art: z.art,
  phaseId: z.phaseId,
  elternId: z.elternId,
  text: z.text,
  name: z.name,
  lat: z.lat,
  lon: z.lon,
  erstellt: z.erstellt,
  bewertungen,
  antworten: [],
});

/**
 * The procedure's published public contributions, newest first, `limit` top-level ones per page
 * (at most 100) with all their public replies nested below them (oldest first) and the number of
 * ratings of each value. Keyset-paged: pass `naechste` of one page as `nach` for the next, which
 * stays stable while new contributions come in. A reply below a hidden comment is not shown.
 */
export async function oeffentlicheBeitraege(
  db: Db,
  params: { verfahrenId: string; nach?: string; limit: number },
): Promise<{ beitraege: OeffentlicherBeitrag[]; naechste: string | null }> {
  const limit = begrenze(params.limit);
  const seite = await listeOeffentlicheBeitraege(db, {
    verfahrenId: params.verfahrenId,
    nach: dekodiere(params.nach) ?? undefined,
    limit: limit + 1,
  });
  const mehr = seite.length > limit;
  const wurzeln = seite.slice(0, limit);
  const antworten = await oeffentlicheAntworten(db, {
    verfahrenId: params.verfahrenId,
    wurzelIds: wurzeln.map((w) => w.id),
  });
  const alle = [...wurzeln, ...antworten];
  const zahlen = await bewertungszahlen(db, { beitragIds: alle.map((z) => z.id) });
  const knoten = new Map<string, OeffentlicherBeitrag>();
  for (const z of alle)
    knoten.set(z.id, oeffentlich(z, { zustimmung: 0, neutral: 0, ablehnung: 0 }));
  for (const zahl of zahlen) {
    const k = knoten.get(zahl.beitragId);
    if (k) k.bewertungen[zahl.wert] = zahl.anzahl;
  }
  for (const a of antworten) {
    const k = knoten.get(a.id);
    const eltern = a.elternId ? knoten.get(a.elternId) : undefined;
    if (k && eltern) eltern.antworten.push(k);
  }
  const letzte = wurzeln.at(-1);
  return {
    beitraege: wurzeln.map((w) => knoten.get(w.id)).filter((k) => k !== undefined),
    naechste: mehr && letzte ? kodiere(letzte) : null,
  };
}

export type Moderationseintrag = {
  id: string;
  verfahrenId: string;
  phaseId: string;
  art: Beitragsart;
  elternId: string | null;
  text: string;
  name: string | null;
  lat: number | null;
  lon: number | null;
  kontoId: string | null;
  status: Beitragsstatus;
  oeffentlich: boolean;
  erstellt: Date;
  /** Reports received (all of them, also those before an earlier release). */
  meldungen: number;
};

/**
 * The moderation queue of the given procedures (those the staff member moderates): by default
 * what waits for release and what was hidden, oldest first, with the number of reports.
 */
export async function moderationsliste(
  db: Db,
  params: { verfahrenIds: string[]; status?: Beitragsstatus[]; limit: number },
): Promise<Moderationseintrag[]> {
  const zeilen = await listeModeration(db, {
    verfahrenIds: params.verfahrenIds,
    status: params.status ?? ["ausstehend", "verborgen"],
    limit: begrenze(params.limit),
  });
  return zeilen.map(({ beitrag: b, meldungen }) => ({
    id: b.id,
    verfahrenId: b.verfahrenId,
    phaseId: b.phaseId,
    art: b.art,
    elternId: b.elternId,
    text: b.text,
    name: b.name,
    lat: b.lat,
    lon: b.lon,
    kontoId: b.kontoId,
    status: b.status,
    oeffentlich: b.oeffentlich,
    erstellt: b.erstellt,
    meldungen,
  }));
}

export type Statistik = {
  gesamt: number;
  nachPhase: Record<string, number>;
  nachArt: Partial<Record<Beitragsart, number>>;
  nachStatus: Partial<Record<Beitragsstatus, number>>;
  /** Every combination that occurs, for a table. */
  zeilen: { phaseId: string; art: Beitragsart; status: Beitragsstatus; anzahl: number }[];
};

/** How many contributions a procedure has, by phase, kind and state (all of them, for staff). */
export async function statistik(db: Db, params: { verfahrenId: string }): Promise<Statistik> {
  const zeilen = await zaehleBeitraege(db, params);
  const ergebnis: Statistik = { gesamt: 0, nachPhase: {}, nachArt: {}, nachStatus: {}, zeilen };
  for (const z of zeilen) {
    ergebnis.gesamt += z.anzahl;
    ergebnis.nachPhase[z.phaseId] = (ergebnis.nachPhase[z.phaseId] ?? 0) + z.anzahl;
    ergebnis.nachArt[z.art] = (ergebnis.nachArt[z.art] ?? 0) + z.anzahl;
    ergebnis.nachStatus[z.status] = (ergebnis.nachStatus[z.status] ?? 0) + z.anzahl;
  }
  return ergebnis;
}
