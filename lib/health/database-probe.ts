import { getPool } from "@/db";

const CACHE_MS = 2000;
const state = globalThis as unknown as { marketplaceDbProbe?: { at: number; up: Promise<boolean> } };

/**
 * Whether PostgreSQL answers, checked at most every 2 s per process, so that
 * pages can answer 503 with a clear page while the database restarts, then
 * recover by themselves.
 */
export function isDatabaseReachable(): Promise<boolean> {
  const now = Date.now();
  const cached = state.marketplaceDbProbe;
  if (cached && now - cached.at < CACHE_MS) return cached.up;
  const up = getPool()
    .query("select 1")
    .then(
      () => true,
      () => false,
    );
  state.marketplaceDbProbe = { at: now, up };
  return up;
}
