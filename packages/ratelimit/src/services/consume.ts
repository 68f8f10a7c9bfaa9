import type { Db } from "@portal/db/client";
import { countHit } from "../queries/counters.ts";
import type { ConsumeResult, Policy } from "../types.ts";

/**
 * Takes one request of `key` (a pseudonym from `clientKey`, never a raw address) against `policy`:
 * `{ ok: true, remaining }` if it is within the limit, else `{ ok: false, retryAfterSeconds }` —
 * refused requests are not counted, so a client that keeps trying is not locked out for longer.
 * Fixed windows: simple and exact per window; a client can make up to twice the limit across the
 * boundary of two windows, which is fine for keeping floods out. One SQL statement per call.
 *
 * @param options.now the clock, for tests; by default the database's, shared by every instance.
 */
export async function consume(
  db: Db,
  policy: Policy,
  key: string,
  options: { now?: Date } = {},
): Promise<ConsumeResult> {
  const hit = await countHit(db, {
    policy: policy.name,
    key,
    limit: policy.limit,
    windowSeconds: policy.windowSeconds,
    now: options.now,
  });
  if (hit.hits !== null) return { ok: true, remaining: policy.limit - hit.hits };
  const seconds = Math.ceil((hit.windowEndsAt.getTime() - hit.now.getTime()) / 1000);
  return { ok: false, retryAfterSeconds: Math.max(1, seconds), retryAt: hit.windowEndsAt };
}
