import { hostname } from "node:os";
import pg from "pg";
import { getPool } from "@/db";

/**
 * One running sync per connection, however many workers share the database: a
 * PostgreSQL session advisory lock held by a dedicated connection for the whole run.
 * When the worker dies, PostgreSQL drops its session and the lock with it, which is
 * how recovery tells a dead run from a live one. The session's application_name names
 * the worker (process id and host), so pg_stat_activity shows who holds which sync.
 */
const LOCK_SQL = "select pg_try_advisory_lock(hashtextextended($1, 727274)) as locked";
const UNLOCK_SQL = "select pg_advisory_unlock(hashtextextended($1, 727274))";
const key = (connectionId: string) => `sync:${connectionId}`;
/** PostgreSQL keeps 63 characters of it: the process id first. */
const LOCK_APPLICATION_NAME = `marketplace-sync-lock pid=${process.pid} host=${hostname()}`.slice(0, 63);

export type ConnectionLock = { release: () => Promise<void> };

export async function tryLockConnection(connectionId: string): Promise<ConnectionLock | null> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: LOCK_APPLICATION_NAME });
  // A lost database connection must not crash the worker; the run notices on its next write.
  client.on("error", (err) => console.error(JSON.stringify({ level: "error", msg: "sync lock connection lost", connectionId, err: err.message })));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(LOCK_SQL, [key(connectionId)]);
    if (!rows[0]?.locked) {
      await client.end();
      return null;
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    release: async () => {
      await client.query(UNLOCK_SQL, [key(connectionId)]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** Runs `fn` only if no one holds the connection's lock, holding it meanwhile (pooled session). */
export async function withConnectionLockIfFree<T>(connectionId: string, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const client = await getPool().connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(LOCK_SQL, [key(connectionId)]);
    if (!rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, value: await fn() };
    } finally {
      await client.query(UNLOCK_SQL, [key(connectionId)]);
    }
  } finally {
    client.release();
  }
}
