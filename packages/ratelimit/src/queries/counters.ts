import type { Db } from "@portal/db/client";
import { sql } from "drizzle-orm";

/** Dead windows deleted per call: bounds the work one request does for the others. */
const CLEANUP_BATCH = 100;

export type Hit = {
  /** The count in the current window after this hit, or null when the limit was already reached. */
  hits: number | null;
  windowEndsAt: Date;
  now: Date;
};

/**
 * Counts one hit of `key` against the window of `now`, unless the window is full — in one
 * statement, so that concurrent requests (from any number of web instances) cannot overshoot:
 * `INSERT … ON CONFLICT DO UPDATE` locks the window's row and re-checks `hits < limit` against its
 * latest version, so of 20 simultaneous hits on a limit of 5 exactly 5 are counted. The same
 * statement deletes up to CLEANUP_BATCH expired windows of any client, skipping rows that another
 * request is deleting, so that no periodic job is needed and no request waits for another's
 * cleanup. `now` defaults to the database clock, which every instance shares.
 */
export async function countHit(
  db: Db,
  params: { policy: string; key: string; limit: number; windowSeconds: number; now?: Date },
): Promise<Hit> {
  const { policy, key, limit, windowSeconds } = params;
  const now = params.now?.toISOString() ?? null;
  const result = await db.execute<{
    hits: number | null;
    window_ends_at: Date | string;
    now: Date | string;
  }>(sql`
    WITH clock AS (
      SELECT coalesce(${now}::timestamptz, statement_timestamp()) AS now
    ), slot AS (
      SELECT now,
             to_timestamp((floor(extract(epoch FROM now) / ${windowSeconds}::integer)
                           * ${windowSeconds}::integer)::float8) AS start
      FROM clock
    ), expired AS (
      DELETE FROM rate_limit_counter
      WHERE ctid IN (
        SELECT ctid FROM rate_limit_counter
        WHERE expires_at <= (SELECT now FROM clock)
        LIMIT ${CLEANUP_BATCH}
        FOR UPDATE SKIP LOCKED
      )
    ), hit AS (
      INSERT INTO rate_limit_counter AS c (policy, key, window_start, expires_at, hits)
      SELECT ${policy}, ${key}, start, start + make_interval(secs => ${windowSeconds}::integer), 1
      FROM slot
      ON CONFLICT (policy, key, window_start) DO UPDATE SET hits = c.hits + 1
      WHERE c.hits < ${limit}::integer
      RETURNING c.hits
    )
    SELECT (SELECT hits FROM hit) AS hits,
           start + make_interval(secs => ${windowSeconds}::integer) AS window_ends_at,
           now
    FROM slot
  `);
  const row = result.rows[0];
  if (!row) throw new Error("rate limit: the counting statement returned no row");
  return { hits: row.hits, windowEndsAt: new Date(row.window_ends_at), now: new Date(row.now) };
}
