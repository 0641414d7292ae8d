import { sql, type AnyColumn } from "drizzle-orm";
import { z } from "zod";
import { ApiProblem } from "./problem";

/**
 * Keyset cursors: the last row's sort key, base64url JSON, opaque to clients.
 * A cursor that does not decode to the expected shape is a 400, never a database error.
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | undefined): z.output<S> | null {
  if (cursor === undefined || cursor === "") return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new ApiProblem("invalid_cursor", "The cursor is not one this API issued.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiProblem("invalid_cursor", "The cursor is not one this API issued.");
  return parsed.data;
}

/** Microseconds since the epoch: timestamps keep their full precision in a cursor (a JS Date would lose it). */
export const micros = z.number().int().min(0).max(1e16);
export const uuid = z.uuid();

/** The microsecond epoch of a timestamp column, exact (extract returns numeric); pg returns bigint as a string. */
export const microsOf = (column: AnyColumn) => sql<string>`(extract(epoch from ${column}) * 1000000)::bigint`;

/** A timestamp from a microsecond epoch, exact, comparable with indexed timestamp columns. */
export const fromMicros = (value: number) => sql`('epoch'::timestamptz + ${value}::bigint * interval '1 microsecond')`;
