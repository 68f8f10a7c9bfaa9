import { z } from "zod";

const schema = z.object({
  /**
   * The secret client addresses are hashed with. Optional: without it a secret kept in the portal
   * database is used (same for every instance). Set it where a copy of the database alone must not
   * let anyone recover addresses from the counters by trying all of them.
   */
  RATE_LIMIT_SECRET: z
    .string()
    .min(32, "RATE_LIMIT_SECRET must be at least 32 characters")
    .optional(),
  /**
   * How many reverse proxies in front of the web app append to X-Forwarded-For (see
   * clientAddress). 1 for the usual single TLS-terminating proxy or load balancer.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
});

let parsed: z.infer<typeof schema> | undefined;

/** The settings of the rate limiter; read once, validated. */
export function rateLimitEnv(): z.infer<typeof schema> {
  parsed ??= schema.parse(process.env);
  return parsed;
}
