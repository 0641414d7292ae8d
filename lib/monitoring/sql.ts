import { sql, type SQL, type AnyColumn } from "drizzle-orm";

/** A timestamptz as UTC ISO text with microseconds, for exact keyset cursors. */
export function isoMicros(column: AnyColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%". */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Dates in filters are calendar days in the app's time zone (the one next-intl formats with). */
export const MONITORING_TIME_ZONE = "Europe/Berlin";
