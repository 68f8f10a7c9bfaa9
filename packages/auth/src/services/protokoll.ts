import type { Db } from "@portal/db/client";
import { insertSicherheitsereignis } from "../queries/sicherheitsereignis.ts";
import type { Ereignisart } from "../types.ts";

/**
 * Writes an event to the append-only security log. `details` must hold no personal data (no
 * address, no IP address, no password): the log cannot be changed or deleted.
 */
export async function protokolliere(
  db: Db,
  ereignis: {
    kontoId: string | null;
    art: Ereignisart;
    details?: Record<string, unknown> | null;
    jetzt?: Date;
  },
): Promise<void> {
  await insertSicherheitsereignis(db, {
    kontoId: ereignis.kontoId,
    art: ereignis.art,
    details: ereignis.details,
    zeitpunkt: ereignis.jetzt,
  });
}
