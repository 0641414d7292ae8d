import "server-only";
import { createHash } from "node:crypto";
import { revalidateTag, unstable_cache } from "next/cache";
import type { CatalogQuery } from "@/lib/validations/catalog";
import { getIntegrationBySlug } from "./get-integration";
import { searchCatalog } from "./search-catalog";
import type { CatalogSearchResult, IntegrationDetail } from "./types";

/**
 * The catalog changes rarely, so its reads are cached (Next's data cache, tag "catalog")
 * and shared by the public and the in-app pages; per-user parts (connection status,
 * rights, the "connected" filter) are never cached. `invalidateCatalog()` after a change;
 * the 5-minute lifetime bounds staleness on other web processes, whose caches a tag
 * revalidation in this process does not reach.
 */
export const CATALOG_TAG = "catalog";
export const CATALOG_CACHE_SECONDS = 300;

/** Entries of different databases (tests, benchmark) never mix, though they share a build folder. */
const DATABASE_KEY = createHash("sha256").update(process.env.DATABASE_URL ?? "").digest("hex").slice(0, 12);

const cachedSearch = unstable_cache((query: CatalogQuery) => searchCatalog(query), ["catalog-search-v1", DATABASE_KEY], {
  tags: [CATALOG_TAG],
  revalidate: CATALOG_CACHE_SECONDS,
});

const cachedIntegration = unstable_cache(
  async (slug: string): Promise<IntegrationDetail | null> => getIntegrationBySlug(slug).catch(() => null),
  ["catalog-integration-v1", DATABASE_KEY],
  { tags: [CATALOG_TAG], revalidate: CATALOG_CACHE_SECONDS },
);

/**
 * A catalog view. Free-text searches are not cached (every distinct text would add
 * an entry; the indexed query is fast), nor is the per-organization "connected" filter.
 */
export function getCatalogView(query: CatalogQuery, organizationId?: string): Promise<CatalogSearchResult> {
  if (query.q || query.connected) return searchCatalog(query, { organizationId });
  return cachedSearch(query);
}

export function getCachedIntegration(slug: string): Promise<IntegrationDetail | null> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) return Promise.resolve(null);
  return cachedIntegration(slug);
}

/** Call after the catalog changed (a listing added, edited or removed). */
export function invalidateCatalog(): void {
  revalidateTag(CATALOG_TAG, "max");
}
