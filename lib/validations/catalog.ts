import { z } from "zod";
import { CATEGORY_SLUGS, PARTNER_TIERS, PRICING_MODELS } from "@/lib/catalog/integration-meta";

export const CATALOG_SORTS = ["relevance", "popular", "name", "newest"] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];
export const CATALOG_PAGE_SIZE = 24;

const flag = z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()).catch(false);

/** The first value of a repeated URL parameter. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The catalog's view as it lives in the URL. Forgiving: an unknown or malformed
 * value is dropped (a pasted link still shows a page), never a 500.
 */
export const catalogQuerySchema = z.object({
  q: z.preprocess(
    first,
    z
      .string()
      .transform((v) => v.normalize("NFKC").replace(/[\u0000-\u001F\u007F]/g, " ").replace(/\s+/g, " ").trim().slice(0, 100))
      .optional()
      .catch(undefined),
  ),
  category: z.preprocess(first, z.enum(CATEGORY_SLUGS).optional().catch(undefined)),
  provider: z.preprocess(first, z.enum(["first_party", "partner"]).optional().catch(undefined)),
  tier: z.preprocess(first, z.enum(PARTNER_TIERS).optional().catch(undefined)),
  pricing: z.preprocess(first, z.enum(PRICING_MODELS).optional().catch(undefined)),
  monitoring: z.preprocess(first, flag),
  connected: z.preprocess(first, flag),
  sort: z.preprocess(first, z.enum(CATALOG_SORTS).catch("relevance").default("relevance")),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(500).catch(1).default(1)),
});
export type CatalogQuery = z.output<typeof catalogQuerySchema>;

export function parseCatalogQuery(searchParams: Record<string, string | string[] | undefined>): CatalogQuery {
  const parsed = catalogQuerySchema.parse(searchParams);
  return { ...parsed, q: parsed.q || undefined };
}

/** The canonical URL query of a view: fixed key order, defaults left out (so equal views share one URL and one cache entry). */
export function catalogQueryString(query: Partial<CatalogQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.category) params.set("category", query.category);
  if (query.provider) params.set("provider", query.provider);
  if (query.tier) params.set("tier", query.tier);
  if (query.pricing) params.set("pricing", query.pricing);
  if (query.monitoring) params.set("monitoring", "1");
  if (query.connected) params.set("connected", "1");
  if (query.sort && query.sort !== "relevance") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
