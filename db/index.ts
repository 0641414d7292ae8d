import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;

const globalForDb = globalThis as unknown as { marketplacePool?: Pool; marketplaceDb?: Database };

/** The process's one pool, created on first use from DATABASE_URL. */
export function getPool(): Pool {
  if (!globalForDb.marketplacePool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it");
    const pool = new Pool({
      connectionString,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
      // Give up on a connection after 10 s (database down, or every connection busy) instead of
      // queueing requests for ever; sync writes wait again (lib/sync/engine/result-writer.ts).
      connectionTimeoutMillis: 10_000,
    });
    // An idle client losing its server (database restart) must not crash the process.
    pool.on("error", (err) => console.error(JSON.stringify({ level: "error", msg: "pg pool error", err: err.message })));
    globalForDb.marketplacePool = pool;
  }
  return globalForDb.marketplacePool;
}

/** The process's one Drizzle client. */
export function getDb(): Database {
  globalForDb.marketplaceDb ??= drizzle(getPool(), { schema, casing: undefined });
  return globalForDb.marketplaceDb;
}

/** Lazily bound client so importing this module never opens a connection. */
export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = getDb() as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export async function closeDb(): Promise<void> {
  const pool = globalForDb.marketplacePool;
  globalForDb.marketplacePool = undefined;
  globalForDb.marketplaceDb = undefined;
  await pool?.end();
}

export { schema };
