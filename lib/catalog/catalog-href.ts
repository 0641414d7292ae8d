import { catalogQueryString, type CatalogQuery } from "@/lib/validations/catalog";

/** The URL of a view after a change; any change but paging goes back to page 1. */
export function catalogHref(basePath: string, query: CatalogQuery, change: Partial<CatalogQuery>): string {
  const next = { ...query, page: "page" in change ? (change.page ?? 1) : 1, ...change };
  return `${basePath}${catalogQueryString(next)}`;
}

export type CatalogMode = "app" | "public";

export const basePathFor = (mode: CatalogMode) => (mode === "app" ? "/marketplace" : "/integrations");
