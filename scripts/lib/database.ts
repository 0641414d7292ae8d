import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";

/**
 * DATABASE_URL when given; otherwise the embedded PostgreSQL with its data under `dataDir`.
 * Sets process.env.DATABASE_URL either way and returns how to stop what it started.
 */
export async function ensureDatabase(options: { dataDir: string; port: number; database: string; verbose?: boolean }): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.port,
    database: options.database,
    log: options.verbose ? (line) => console.log(`[postgres] ${line}`) : undefined,
  });
  process.env.DATABASE_URL = embedded.url;
  return { url: embedded.url, embedded };
}

export async function stopWithin(stop: () => Promise<void>, ms: number): Promise<void> {
  await Promise.race([stop().catch(() => {}), new Promise((resolve) => setTimeout(resolve, ms))]);
}
