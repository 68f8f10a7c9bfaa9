import {
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";

/**
 * One fixed window of one policy for one client: how many requests it has made in the window.
 * Shared by every web instance, so a limit holds however many instances serve the portal. A row
 * is dead once `expires_at` has passed; `consume` deletes dead rows as it goes.
 */
export const rateLimitCounter = pgTable(
  "rate_limit_counter",
  {
    policy: varchar("policy", { length: 64 }).notNull(),
    /** A pseudonym of the client (an HMAC of its address), never the address itself. */
    key: varchar("key", { length: 128 }).notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.policy, t.key, t.windowStart] }),
    index("rate_limit_counter_expires_at").on(t.expiresAt),
  ],
);

/**
 * The secret client addresses are hashed with when RATE_LIMIT_SECRET is not set: one row, made on
 * first use, so that every instance derives the same key without configuration.
 */
export const rateLimitSecret = pgTable("rate_limit_secret", {
  id: smallint("id").primaryKey(),
  secret: text("secret").notNull(),
});
