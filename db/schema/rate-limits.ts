import { bigint, index, integer, pgTable, varchar } from "drizzle-orm/pg-core";

/**
 * Every rate limit's counters (sign-in throttling, the public API, the public forms), shared
 * by all web processes. The layout is the one rate-limiter-flexible's RateLimiterPostgres
 * expects (key, points, expire in epoch ms); keys carry their limit's prefix, and expired
 * rows are deleted by the limiter itself.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: varchar("key", { length: 255 }).primaryKey(),
    points: integer("points").notNull().default(0),
    expire: bigint("expire", { mode: "number" }),
  },
  (t) => [index("rate_limits_expire_idx").on(t.expire)],
);
