import { PgDialect } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import type { CatalogQuery } from "@/lib/validations/catalog";
import { catalogSearchStatement, searchSettings } from "./search-catalog";

/** EXPLAIN ANALYZE of the catalog's page query for a view, as the app runs it (same threshold). */
export async function explainCatalogSearch(pool: Pool, query: CatalogQuery): Promise<string> {
  const dialect = new PgDialect();
  const { sql: text, params } = dialect.sqlToQuery(catalogSearchStatement(query));
  const client = await pool.connect();
  try {
    await client.query("begin");
    if (query.q) {
      const settings = dialect.sqlToQuery(searchSettings());
      await client.query(settings.sql, settings.params);
    }
    const result = await client.query(`explain (analyze, buffers, costs off) ${text}`, params);
    await client.query("rollback");
    return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    client.release();
  }
}
