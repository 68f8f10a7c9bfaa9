import type { Db } from "@portal/db/client";
import { sicherheitsereignis } from "../schema.ts";
import type { Ereignisart } from "../types.ts";

/** Appends an event to the security log (the table refuses anything but inserts). */
export async function insertSicherheitsereignis(
  db: Db,
  ereignis: {
    kontoId: string | null;
    art: Ereignisart;
    details?: Record<string, unknown> | null;
    zeitpunkt?: Date;
  },
) {
  await db.insert(sicherheitsereignis).values({
    kontoId: ereignis.kontoId,
    art: ereignis.art,
    details: ereignis.details ?? null,
    zeitpunkt: ereignis.zeitpunkt,
  });
}
