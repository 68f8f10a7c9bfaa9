import type { Db } from "@portal/db/client";
import {
  type Leistungstreffer,
  searchLeistungenUnscharf,
  searchLeistungenVolltext,
} from "../queries/leistungen.ts";
import type { Locale } from "../types.ts";

/** Longest query the search takes; longer input is cut (and the page says so). */
export const MAX_SUCHANFRAGE = 200;

/** Words of a query that take part in spelling correction, and how many at most. */
const MIN_WORTLAENGE = 3;
const MAX_WOERTER = 6;

export type Suchergebnis = {
  treffer: Leistungstreffer[];
  gesamt: number;
  /** True when nothing matched exactly and the hits come from typo-tolerant matching. */
  unscharf: boolean;
};

const KEINE: Suchergebnis = { treffer: [], gesamt: 0, unscharf: false };

/**
 * Searches the catalogue: German full-text search over every language version first; only when
 * that finds nothing at all, the same search with every word corrected against the catalogue's
 * vocabulary and taken as a word beginning ("Persoanlausweis", "Reisep"). Results in the requested
 * language, else German.
 *
 * At most two statements: the exact search, and, when it found nothing, the corrected one (which
 * looks up the corrections itself). The decision depends on the exact search's total, not on the
 * page, so every page of a corrected result comes from the corrected search.
 */
export async function sucheLeistungen(
  db: Db,
  params: { anfrage: string; sprache: Locale; limit: number; offset: number },
): Promise<Suchergebnis> {
  const anfrage = params.anfrage.slice(0, MAX_SUCHANFRAGE).trim();
  if (!anfrage) return KEINE;
  const seite = { locale: params.sprache, limit: params.limit, offset: params.offset };
  const exakt = await searchLeistungenVolltext(db, { anfrage, ...seite });
  if (exakt.gesamt > 0) return { ...exakt, unscharf: false };

  const woerter = korrekturwoerter(anfrage);
  if (!woerter.length) return KEINE;
  const unscharf = await searchLeistungenUnscharf(db, { woerter, ...seite });
  return { ...unscharf, unscharf: unscharf.gesamt > 0 };
}

/**
 * The words of a query that spelling correction looks at: letters only (which also keeps them safe
 * inside to_tsquery), lower case, each once, at least three letters, at most six words.
 */
export function korrekturwoerter(anfrage: string): string[] {
  return [...new Set(anfrage.toLowerCase().split(/[^\p{L}]+/u))]
    .filter((w) => w.length >= MIN_WORTLAENGE)
    .slice(0, MAX_WOERTER);
}
