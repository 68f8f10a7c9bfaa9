import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * Tests create and drop databases on the server they are given, so they refuse any server that is
 * not on this machine: a TEST_DATABASE_URL copied from a shared environment must not reach it.
 */
export function assertLocalDatabaseUrl(url: string, name = "TEST_DATABASE_URL"): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error(`${name} is not a URL (expected postgres://user@localhost:5432/test)`);
  }
  if (!LOCAL_HOSTS.has(host))
    throw new Error(
      `${name} points at "${host}"; tests run only against a PostgreSQL on this machine (localhost, 127.0.0.1 or ::1).`,
    );
}

/**
 * The PostgreSQL server integration tests run against: the one named by TEST_DATABASE_URL (CI: the
 * machine's PostgreSQL; local hosts only) or, without it, an embedded PostgreSQL under
 * .data/test-postgres. Each test file then creates its own database on it (`createTestDatabase` in
 * @portal/db/testing).
 */
export async function startTestServer(
  env: { TEST_DATABASE_URL?: string; TEST_PG_PORT?: string } = {},
): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  if (env.TEST_DATABASE_URL) {
    assertLocalDatabaseUrl(env.TEST_DATABASE_URL);
    return { adminUrl: env.TEST_DATABASE_URL, stop: async () => {} };
  }
  const dataDir = fileURLToPath(new URL("../../../.data/test-postgres", import.meta.url));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(env.TEST_PG_PORT ?? 54330),
  });
  return { adminUrl: server.url("postgres"), stop: server.stop };
}
