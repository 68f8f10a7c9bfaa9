import type { Db } from "@portal/db/client";
import { findOrte, type Ortstreffer } from "../queries/orte.ts";

/**
 * Resolves what a citizen typed (postal code, municipality or Ortsteil) to the municipalities it
 * may mean, best first; an empty list means no match.
 */
export function findeOrte(
  db: Db,
  params: { eingabe: string; limit?: number },
): Promise<Ortstreffer[]> {
  return findOrte(db, params);
}
