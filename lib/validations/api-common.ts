import { z } from "zod";
import { PROBLEM_CODES } from "@/lib/api/problem";

/** Shared pieces of the public API's request and response schemas (also the OpenAPI components). */

export const cursorQuery = z
  .string()
  .max(512)
  .optional()
  .meta({ description: "Opaque cursor from the previous page's `next_cursor`; omit for the first page." });

export function limitQuery(defaultLimit: number, max: number) {
  return z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(defaultLimit)
    .meta({ description: `Items per page, 1 to ${max} (default ${defaultLimit}).` });
}

/** An ISO 8601 date-time with offset, e.g. 2025-01-31T09:00:00Z, parsed to a Date. */
export const dateTimeInput = z.iso
  .datetime({ offset: true })
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: "Invalid date-time" })
  .transform((value) => new Date(value));

export const dateTime = z.iso.datetime({ offset: true });

export const nextCursor = z.string().nullable().meta({ description: "Cursor of the next page; null on the last page." });

export function page<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), next_cursor: nextCursor }).meta({ id });
}

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "URI reference identifying the problem type (its entry on /developers)." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.enum(PROBLEM_CODES as [string, ...string[]]).meta({ description: "Stable machine-readable error code." }),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string().meta({ description: "Dotted path of the field, e.g. items.0.employee_id" }), message: z.string() }))
      .optional()
      .meta({ description: "One entry per invalid field (validation_failed only)." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });
