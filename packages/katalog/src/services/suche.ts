import type { Db } from "@portal/db/client";
import { type Suchergebnis, searchLeistungen } from "../queries/leistungen.ts";
import type { Locale } from "../types.ts";

/** Longest query the search takes; longer input is cut (and the page says so). */
export const MAX_SUCHANFRAGE = 200;

/**
 * Searches the catalogue: German full-text search over every language version, with spelling
 * correction against the catalogue's vocabulary when nothing matches exactly.
 */
export function sucheLeistungen(
  db: Db,
  params: { anfrage: string; sprache: Locale; limit: number; offset: number },
): Promise<Suchergebnis> {
  return searchLeistungen(db, {
    query: params.anfrage.slice(0, MAX_SUCHANFRAGE),
    locale: params.sprache,
    limit: params.limit,
    offset: params.offset,
  });
}
