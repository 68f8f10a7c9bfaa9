import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase } from "./admin.ts";
import { createDb, type Database } from "./client.ts";
import { migrateDb } from "./migrate.ts";

/**
 * A fresh, migrated database of its own for one test file, on the server behind `adminUrl` (see
 * startTestServer in @portal/tooling/test-server); drop it with the returned `drop`.
 */
export async function createTestDatabase(
  adminUrl: string,
): Promise<{ db: Database; url: string; drop: () => Promise<void> }> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), { max: 4 });
  await migrateDb(db);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.$client.end();
      await dropDatabase(adminUrl, name);
    },
  };
}
