import "server-only";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { dbEnv } from "./env.ts";
import * as schema from "./schema.ts";

export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/** Opens a pooled connection. Callers own it: pass it to queries, close it with `db.$client.end()`. */
export function createDb(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  return drizzle(pool, { schema }) as Database;
}

let shared: Database | undefined;

/** The process-wide database of the web app, configured from the environment (DATABASE_URL). */
export function getDb(): Database {
  if (!shared) {
    const env = dbEnv();
    shared = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  }
  return shared;
}
