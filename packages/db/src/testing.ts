import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createDb, type Database } from "./client.ts";
import { migrateDb } from "./migrate.ts";
import { seedGeo } from "./seed-geo.ts";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "./server.ts";

/**
 * Test databases: each test file gets its own database on the server named by TEST_DATABASE_URL
 * (CI: the machine's PostgreSQL) or, without it, on an embedded PostgreSQL under .data/.
 */
export async function startTestServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) {
    return { adminUrl: process.env.TEST_DATABASE_URL, stop: async () => {} };
  }
  const dataDir = fileURLToPath(new URL("../../../.data/test-postgres", import.meta.url));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.TEST_PG_PORT ?? 54330),
  });
  return { adminUrl: server.url("postgres"), stop: server.stop };
}

/** A fresh, migrated database with the geographic seed; drop it with the returned `drop`. */
export async function createTestDatabase(
  adminUrl: string,
): Promise<{ db: Database; drop: () => Promise<void> }> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), { max: 4 });
  await migrateDb(db);
  await seedGeo(db);
  return {
    db,
    drop: async () => {
      await db.$client.end();
      await dropDatabase(adminUrl, name);
    },
  };
}
