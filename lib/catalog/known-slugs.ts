import { integrations } from "@/db/schema";
import { db } from "@/db";

const TTL_MS = 60_000;
const state = globalThis as unknown as { catalogSlugs?: { at: number; slugs: Promise<Set<string>> } };

/**
 * The catalog's slugs, re-read at most once a minute (per process). proxy.ts caches
 * detail pages only for listings that exist, so made-up URLs never become cache entries.
 */
export function knownSlugs(): Promise<Set<string>> {
  const now = Date.now();
  if (!state.catalogSlugs || now - state.catalogSlugs.at > TTL_MS) {
    const slugs = db
      .select({ slug: integrations.slug })
      .from(integrations)
      .then((rows) => new Set(rows.map((r) => r.slug)));
    slugs.catch(() => {
      state.catalogSlugs = undefined;
    });
    state.catalogSlugs = { at: now, slugs };
  }
  return state.catalogSlugs.slugs;
}
