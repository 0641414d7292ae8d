import { z } from "zod";

/**
 * Filters of the Monitoring pages, read from the URL. A bad value never fails the
 * page: it is dropped and reported beside its field (a message key of `monitoring`).
 */
type SearchParams = Record<string, string | string[] | undefined>;

export const RUN_STATUSES = ["running", "succeeded", "partially_succeeded", "failed"] as const;
export const RESULT_STATUSES = ["succeeded", "failed", "skipped"] as const;
export const OPERATIONS = ["provision", "update", "deactivate", "link", "none"] as const;
export const RESULT_SORTS = ["name", "number", "newest", "oldest"] as const;

export type RunStatus = (typeof RUN_STATUSES)[number];
export type ResultStatus = (typeof RESULT_STATUSES)[number];
export type OperationFilter = (typeof OPERATIONS)[number];
export type ResultSort = (typeof RESULT_SORTS)[number];

export type RunFilters = { status?: RunStatus; from?: string; to?: string; cursor?: string };
export type ResultFilters = { status?: ResultStatus; operation?: OperationFilter; error?: string; q?: string; sort: ResultSort; cursor?: string };
export type FilterErrors = Record<string, string>;

const day = z.iso.date();

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === "" ? undefined : v.trim();
}

function pick<T extends string>(raw: string | undefined, allowed: readonly T[], field: string, errors: FilterErrors): T | undefined {
  if (raw === undefined) return undefined;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  errors[field] = "filters.invalidChoice";
  return undefined;
}

export function parseRunFilters(params: SearchParams): { filters: RunFilters; errors: FilterErrors } {
  const errors: FilterErrors = {};
  const status = pick(first(params.status), RUN_STATUSES, "status", errors);
  const dates: { from?: string; to?: string } = {};
  for (const field of ["from", "to"] as const) {
    const raw = first(params[field]);
    if (raw === undefined) continue;
    if (day.safeParse(raw).success) dates[field] = raw;
    else errors[field] = "filters.invalidDate";
  }
  if (dates.from && dates.to && dates.from > dates.to) {
    errors.to = "filters.toBeforeFrom";
    delete dates.to;
  }
  return { filters: { status, ...dates, cursor: first(params.cursor) }, errors };
}

export function parseResultFilters(params: SearchParams): { filters: ResultFilters; errors: FilterErrors } {
  const errors: FilterErrors = {};
  const status = pick(first(params.status), RESULT_STATUSES, "status", errors);
  const operation = pick(first(params.operation), OPERATIONS, "operation", errors);
  const sort = pick(first(params.sort), RESULT_SORTS, "sort", errors) ?? "name";
  let error = first(params.error);
  if (error !== undefined && !/^[\w.:-]{1,100}$/.test(error)) {
    errors.error = "filters.invalidChoice";
    error = undefined;
  }
  let q = first(params.q);
  if (q !== undefined && q.length > 200) {
    errors.q = "filters.tooLong";
    q = undefined;
  }
  return { filters: { status, operation, error, q, sort, cursor: first(params.cursor) }, errors };
}

/** The URL query of a set of filters (empty values left out), for links that keep the filters. */
export function toQuery(values: Record<string, string | undefined>): string {
  const entries = Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== "");
  return entries.length ? `?${new URLSearchParams(entries)}` : "";
}

/** The error group key for failed rows without an error code. */
export const NO_ERROR_CODE = "none";
