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

/**
 * Every word must match, each in any reading: as a prefix of any word ("lohn" ->
 * "Lohnabrechnung", "slac" -> "Slack"), or stemmed in English ("leavers" -> "leaver")
 * or German ("Gehälter" -> "Gehalt").
 */
const tsq = (text: TextQuery) =>
  sql`(${sql.join(
    text.words.map((word) => sql`(to_tsquery('simple', ${`${word}:*`}) || to_tsquery('english', ${word}) || to_tsquery('german', ${word}))`),
    sql` && `,
  )})`;

/**
 * Settings of a text search, local to its transaction: the typo threshold, and index
 * scans over sequential ones. At catalog size the planner prices a sequential scan
 * cheaply because it counts full-text matching and trigram similarity as one unit of
 * work per row, while they dominate the real cost; the GIN indexes avoid running
 * them on every row (measured: scripts/bench-catalog.ts shows the plan).
 */
export function searchSettings(): SQL {
  return sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`;
}

/** The filters of a view; `withCategory: false` leaves the category out (the base of the category counts). */
export function catalogConditions(query: CatalogQuery, options: SearchOptions, withCategory = true): SQL {
  const parts: SQL[] = [];
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

/**
 * The matches under every filter but the category, with their rank. Full-text matches
 * first; only when there are none, the typo-tolerant trigram matches ("slak" -> Slack),
 * so a word that matches exactly never pays for fuzzy matching.
 */
function matchedCte(query: CatalogQuery, text: TextQuery | null, options: SearchOptions, namePrefix: SQL): SQL {
  const filters = catalogConditions(query, options, false);
  if (!text) return sql`matched as materialized (select i.id, 0::float8 as rank from integrations i where ${filters})`;
  return sql`fts as materialized (
      select i.id, (ts_rank_cd(i.search_vector, ${tsq(text)}) + ${namePrefix})::float8 as rank
        from integrations i
       where i.search_vector @@ ${tsq(text)} and ${filters}
    ), fuzzy as materialized (
      select i.id, (word_similarity(${text.raw}, i.search_names) + ${namePrefix})::float8 as rank
        from integrations i
       where not exists (select 1 from fts) and ${text.raw} <% i.search_names and ${filters}
    ), matched as materialized (select id, rank from fts union all select id, rank from fuzzy)`;
}

/**
 * One statement: the matches under every filter but the category (text matched once,
 * materialized), their category counts, and the requested page with its total.
 * Returns at least one row; `counts` is on every row, the card columns are null when
 * the page is empty.
 */
export function catalogSearchStatement(query: CatalogQuery, options: SearchOptions = {}): SQL {
  const text = buildTextQuery(query.q);
  const pageSize = options.pageSize ?? CATALOG_PAGE_SIZE;
  const needsPopularity = query.sort === "popular" || (query.sort === "relevance" && !text);
  const namePrefix = text ? sql`case when lower(i.name) like ${`${text.raw.replace(/[\\%_]/g, "\\$&")}%`} then 1 else 0 end` : sql`0`;
  // connections across all companies, counted once per query (not once per row)
  const popularityJoin = needsPopularity
    ? sql`left join (select c.integration_id, count(*) as n from connections c where c.disconnected_at is null group by c.integration_id) p on p.integration_id = i.id`
    : sql``;
  const categoryFilter = query.category
    ? sql`exists (select 1 from integration_categories ic where ic.integration_id = i.id and ic.category_slug = ${query.category})`
    : sql`true`;
  return sql`
    with ${matchedCte(query, text, options, namePrefix)}, counts as (
      select coalesce(json_object_agg(c.slug, c.n), '{}') as counts
        from (select ic.category_slug as slug, count(*)::int as n
                from matched m join integration_categories ic on ic.integration_id = m.id
               group by ic.category_slug) c
    ), page as (
      select i.id, i.slug, i.name, i.logo, i.summary_en as "summaryEn", i.summary_de as "summaryDe",
             i.provider_type as "providerType", o.name as "providerName", i.tier, i.pricing_model as "pricingModel",
             i.monitoring_available as "monitoringAvailable",
             array(select ic.category_slug from integration_categories ic where ic.integration_id = i.id order by ic.category_slug) as categories,
             count(*) over () as total,
             row_number() over (order by ${orderBy(query, text)}) as position
        from (select i.*, m.rank, ${needsPopularity ? sql`coalesce(p.n, 0)` : sql`0`} as popularity
                from matched m
                join integrations i on i.id = m.id ${popularityJoin}
               where ${categoryFilter}) i
        join organizations o on o.id = i.provider_organization_id
       order by ${orderBy(query, text)}
       limit ${pageSize} offset ${(query.page - 1) * pageSize}
    )
    select page.*, counts.counts from counts left join page on true order by page.position`;
}

/**
 * Full-text search (English and German, ranked) with typo tolerance (pg_trgm),
 * filters, sorting and paging over the catalog. `q` of any content is safe: it
 * only ever becomes words of a tsquery and bound parameters.
 */
export async function searchCatalog(query: CatalogQuery, options: SearchOptions = {}): Promise<CatalogSearchResult> {
  const database = options.database ?? db;
  const pageSize = options.pageSize ?? CATALOG_PAGE_SIZE;
  const statement = catalogSearchStatement(query, options);
  const result = buildTextQuery(query.q)
    ? await database.transaction(async (tx) => {
        await tx.execute(searchSettings());
        return tx.execute(statement);
      })
    : await database.execute(statement);
  type Row = CatalogCard & { total: string | number | null; position: unknown; counts: Record<string, number> };
  const rows = result.rows as Row[];
  const categoryCounts = rows[0]?.counts ?? {};
  const items: CatalogCard[] = rows
    .filter((row) => row.id !== null)
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      logo: row.logo,
      summaryEn: row.summaryEn,
      summaryDe: row.summaryDe,
      providerType: row.providerType,
      providerName: row.providerName,
      tier: row.tier,
      pricingModel: row.pricingModel,
      monitoringAvailable: row.monitoringAvailable,
      categories: row.categories,
    }));
  const total = items.length ? Number(rows[0].total) : 0;
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / pageSize)), categoryCounts };
}
