import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

/**
 * The PostgreSQL server integration tests run against: the one named by TEST_DATABASE_URL (CI: the
 * machine's PostgreSQL) or, without it, an embedded PostgreSQL under .data/test-postgres. Each test
 * file then creates its own database on it (`createTestDatabase` in @portal/db/testing).
 */
export async function startTestServer(
  env: { TEST_DATABASE_URL?: string; TEST_PG_PORT?: string } = {},
): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  if (env.TEST_DATABASE_URL) return { adminUrl: env.TEST_DATABASE_URL, stop: async () => {} };
  const dataDir = fileURLToPath(new URL("../../../.data/test-postgres", import.meta.url));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(env.TEST_PG_PORT ?? 54330),
  });
  return { adminUrl: server.url("postgres"), stop: server.stop };
}
