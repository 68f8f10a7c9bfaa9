import "server-only";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgDatabase } from "drizzle-orm/pg-core";
import pg from "pg";
import { dbEnv } from "./env.ts";

/** A pool-backed database: what a process opens once and closes at the end. */
export type Database = NodePgDatabase & { $client: pg.Pool };

/**
 * What queries and services take: the database or a transaction on it. A service that must write
 * several tables atomically opens one transaction and hands it to every query it calls.
 */
export type Db = PgDatabase<NodePgQueryResultHKT>;

/** Opens a pooled connection. Callers own it: pass it to queries, close it with `db.$client.end()`. */
export function createDb(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection the server drops (a restart, a failover, an administrator) is an 'error'
  // event of the pool; unheard, it ends the process. The pool has already discarded the client,
  // and the next query opens a new connection, so it is only worth a line in the log.
  pool.on("error", (error) => console.error(`[db] an idle connection was lost: ${error.message}`));
  return drizzle(pool) as Database;
}

let shared: Database | undefined;

/** The process-wide database of an app, configured from its environment (DATABASE_URL). */
export function getDb(): Database {
  if (!shared) {
    const env = dbEnv();
    shared = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  }
  return shared;
}
