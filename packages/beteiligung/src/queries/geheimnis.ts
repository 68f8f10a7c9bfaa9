import type { Db } from "@portal/db/client";
import { eq } from "drizzle-orm";
import { geheimnis } from "../schema.ts";

/**
 * The database's hashing secret: `kandidat` becomes it if there is none yet. Two statements, so
 * that an instance racing another one reads the winner's secret.
 */
export async function sichereGeheimnis(db: Db, kandidat: string): Promise<string> {
  await db.insert(geheimnis).values({ id: 1, wert: kandidat }).onConflictDoNothing();
  const [zeile] = await db
    .select({ wert: geheimnis.wert })
    .from(geheimnis)
    .where(eq(geheimnis.id, 1));
  if (!zeile) throw new Error("beteiligung: no hashing secret after insert");
  return zeile.wert;
}
