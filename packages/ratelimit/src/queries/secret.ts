import type { Db } from "@portal/db/client";
import { eq } from "drizzle-orm";
import { rateLimitSecret } from "../schema.ts";

/**
 * The database's hashing secret: `candidate` becomes it if there is none yet. Two statements, so
 * that an instance racing another one reads the winner's secret (the select sees the insert that
 * committed while ours waited).
 */
export async function ensureSecret(db: Db, candidate: string): Promise<string> {
  await db.insert(rateLimitSecret).values({ id: 1, secret: candidate }).onConflictDoNothing();
  const [row] = await db
    .select({ secret: rateLimitSecret.secret })
    .from(rateLimitSecret)
    .where(eq(rateLimitSecret.id, 1));
  if (!row) throw new Error("rate limit: no hashing secret after insert");
  return row.secret;
}
