import { sql, type SQL } from "drizzle-orm";
import { db, type Database } from "@/db";
import { CATALOG_PAGE_SIZE, type CatalogQuery } from "@/lib/validations/catalog";
import { buildTextQuery, type TextQuery } from "./text-query";
import type { CatalogCard, CatalogSearchResult } from "./types";

/** How close a misspelled word must be to a name (pg_trgm word similarity): "slak" ~ "Slack" is 0.6, "persnio" ~ "Personio" 0.55. */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

type SearchOptions = {
  /** the signed-in user's organization, for the "connected" filter */
  organizationId?: string;
  pageSize?: number;
  database?: Database;
};

/** English, German and plain (brand names) readings of the words, any of which may match. */
const tsq = (text: TextQuery) =>
  sql`(to_tsquery('simple', ${text.tsquery}) || to_tsquery('english', ${text.tsquery}) || to_tsquery('german', ${text.tsquery}))`;

/** The filters of a view; `withCategory: false` gives the base of the category counts. */
export function catalogConditions(query: CatalogQuery, text: TextQuery | null, options: SearchOptions, withCategory = true): SQL {
  const parts: SQL[] = [];
  if (text) parts.push(sql`(i.search_vector @@ ${tsq(text)} or ${text.raw} <% i.search_names)`);
  if (withCategory && query.category) {
    parts.push(sql`exists (select 1 from integration_categories ic where ic.integration_id = i.id and ic.category_slug = ${query.category})`);
  }
  if (query.provider) parts.push(sql`i.provider_type = ${query.provider}`);
  if (query.tier) parts.push(sql`i.tier = ${query.tier}`);
  if (query.pricing) parts.push(sql`i.pricing_model = ${query.pricing}`);
  if (query.monitoring) parts.push(sql`i.monitoring_available`);
  if (query.connected && options.organizationId) {
    parts.push(
      sql`exists (select 1 from connections c where c.organization_id = ${options.organizationId} and c.integration_id = i.id and c.disconnected_at is null)`,
    );
  }
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

function orderBy(query: CatalogQuery, text: TextQuery | null): SQL {
  switch (query.sort) {
    case "name":
      return sql`lower(i.name), i.id`;
    case "newest":
      return sql`i.published_at desc, lower(i.name), i.id`;
    case "popular":
      return sql`popularity desc, lower(i.name), i.id`;
    default:
      return text ? sql`rank desc, lower(i.name), i.id` : sql`popularity desc, lower(i.name), i.id`;
  }
}

/** The rows of one catalog page, the total and the category counts. Two queries, both on indexes. */
export function catalogSearchStatements(query: CatalogQuery, options: SearchOptions = {}): { page: SQL; counts: SQL } {
  const text = buildTextQuery(query.q);
  const pageSize = options.pageSize ?? CATALOG_PAGE_SIZE;
  const needsPopularity = query.sort === "popular" || (query.sort === "relevance" && !text);
  const rank = text
    ? sql`(ts_rank_cd(i.search_vector, ${tsq(text)}) + word_similarity(${text.raw}, i.search_names)
          + case when lower(i.name) like ${`${text.raw.replace(/[\\%_]/g, "\\$&")}%`} then 1 else 0 end)`
    : sql`0`;
  const popularity = needsPopularity
    ? sql`coalesce((select count(*) from connections c where c.integration_id = i.id and c.disconnected_at is null), 0)`
    : sql`0`;
  const page = sql`
    select i.id, i.slug, i.name, i.logo, i.summary_en as "summaryEn", i.summary_de as "summaryDe",
           i.provider_type as "providerType", o.name as "providerName", i.tier, i.pricing_model as "pricingModel",
           i.monitoring_available as "monitoringAvailable",
           array(select ic.category_slug from integration_categories ic where ic.integration_id = i.id order by ic.category_slug) as categories,
           count(*) over () as total
      from (select i.*, ${rank} as rank, ${popularity} as popularity
              from integrations i
             where ${catalogConditions(query, text, options)}) i
      join organizations o on o.id = i.provider_organization_id
     order by ${orderBy(query, text)}
     limit ${pageSize} offset ${(query.page - 1) * pageSize}`;
  const counts = sql`
    select ic.category_slug as slug, count(*)::int as n
      from integrations i
      join integration_categories ic on ic.integration_id = i.id
     where ${catalogConditions(query, text, options, false)}
     group by ic.category_slug`;
  return { page, counts };
}

/**
 * Full-text search (English and German, ranked) with typo tolerance (pg_trgm),
 * filters, sorting and paging over the catalog. `q` of any content is safe: it
 * only ever becomes words of a tsquery and a bound parameter.
 */
export async function searchCatalog(query: CatalogQuery, options: SearchOptions = {}): Promise<CatalogSearchResult> {
  const database = options.database ?? db;
  const pageSize = options.pageSize ?? CATALOG_PAGE_SIZE;
  const { page, counts } = catalogSearchStatements(query, options);
  const [rows, countRows] = await database.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`);
    return [await tx.execute(page), await tx.execute(counts)] as const;
  });
  const total = rows.rows.length ? Number((rows.rows[0] as { total: string | number }).total) : 0;
  const items = rows.rows.map((row) => {
    const { total: _total, ...card } = row as CatalogCard & { total: unknown };
    void _total;
    return card;
  });
  const categoryCounts = Object.fromEntries(countRows.rows.map((r) => [(r as { slug: string }).slug, (r as { n: number }).n]));
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / pageSize)), categoryCounts };
}
