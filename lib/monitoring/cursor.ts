/**
 * Keyset cursors: the last row's sort key, tagged with the sort it belongs to,
 * opaque to the browser (base64url JSON). A cursor that does not decode, or that
 * belongs to another sort, is ignored (the first page is shown), never an error.
 */
export type CursorValue = string | number;

export function encodeCursor(sort: string, key: CursorValue[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined | null, sort: string, shape: ("string" | "number")[]): CursorValue[] | null {
  if (!cursor || cursor.length > 1000) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { s?: unknown; k?: unknown };
    if (value.s !== sort || !Array.isArray(value.k) || value.k.length !== shape.length) return null;
    const ok = value.k.every((v, i) => (shape[i] === "number" ? Number.isSafeInteger(v) : typeof v === "string" && v.length <= 300));
    return ok ? (value.k as CursorValue[]) : null;
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs: anything that is not a uuid is simply "not found" (never a database error). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Timestamps in cursors keep PostgreSQL's microseconds (a JS Date would lose them and skip or repeat rows). */
export function isIsoMicros(value: CursorValue): value is string {
  return typeof value === "string" && ISO_MICROS.test(value);
}
