import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { Database } from "./client.ts";

export const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/** Applies all pending drizzle-kit migrations (idempotent). */
export async function migrateDb(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
}
