/** Rate-limit policies and results. Pure: no database, safe to import anywhere. */
import { z } from "zod";

const policySchema = z.object({
  /** Stored with every counter: lower-case letters, digits and hyphens; never rename a live one. */
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  /** How many requests a client may make per window (at least 1). */
  limit: z.number().int().min(1),
  /** The length of a window; windows are aligned to the epoch, so all clients share them. */
  windowSeconds: z
    .number()
    .int()
    .min(1)
    .max(31 * 24 * 3600),
});

/** How many requests one client may make in a window: `limit` per `windowSeconds`. */
export type Policy = Readonly<z.infer<typeof policySchema>>;

/**
 * Declares a rate limit, e.g. `definePolicy({ name: "barrieremeldung", limit: 5, windowSeconds:
 * 3600 })`. Checked once, at module load, so a typo fails at start rather than at the first request.
 */
export function definePolicy(policy: Policy): Policy {
  return Object.freeze(policySchema.parse(policy));
}

/** What `consume` answers: go ahead (and how many are left), or wait until `retryAt`. */
export type ConsumeResult =
  | { ok: true; remaining: number }
  | { ok: false; retryAfterSeconds: number; retryAt: Date };
