import { z } from "zod";
import { cursorQuery, dateTime, dateTimeInput, limitQuery, page } from "./api-common";

/** Sync runs and their per-employee results; partner integrations report their own runs. */

export const SYNC_OPERATIONS = ["provision", "update", "deactivate", "link"] as const;
export const SYNC_RESULT_STATUSES = ["succeeded", "failed", "skipped"] as const;
export const SYNC_RUN_STATUSES = ["running", "succeeded", "partially_succeeded", "failed"] as const;
export const MAX_REPORTED_ITEMS = 10_000;

export const syncRunCountsSchema = z
  .object({
    total: z.number().int(),
    provisioned: z.number().int(),
    updated: z.number().int(),
    deactivated: z.number().int(),
    linked: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: "SyncRunCounts", description: "Per-employee results of a run by operation and outcome." });

export const apiSyncRunSchema = z
  .object({
    id: z.uuid(),
    connection_id: z.uuid(),
    trigger: z.enum(["schedule", "manual", "employee_change", "retry", "partner"]),
    status: z.enum(SYNC_RUN_STATUSES),
    started_at: dateTime,
    finished_at: dateTime.nullable(),
    counts: syncRunCountsSchema,
    error: z.string().nullable().meta({ description: "What failed the run as a whole, if anything." }),
  })
  .meta({ id: "SyncRun", description: "One sync run of a connection." });

export const apiSyncRunPageSchema = page(apiSyncRunSchema, "SyncRunPage");

export const apiSyncResultSchema = z
  .object({
    id: z.string().meta({ description: "Result id." }),
    employee_id: z.uuid(),
    operation: z.enum(SYNC_OPERATIONS).nullable(),
    status: z.enum(SYNC_RESULT_STATUSES),
    message: z.string(),
    error_code: z.string().nullable(),
    exchange: z.record(z.string(), z.unknown()).nullable().meta({ description: "The target's request and response, secrets redacted." }),
    created_at: dateTime,
  })
  .meta({ id: "SyncResult", description: "The outcome of a run for one employee." });

export const apiSyncResultPageSchema = page(apiSyncResultSchema, "SyncResultPage");

export const listSyncRunsQuery = z.object({
  connection_id: z.uuid().optional().meta({ description: "Only runs of this connection." }),
  status: z.enum(SYNC_RUN_STATUSES).optional().meta({ description: "Only runs with this status." }),
  cursor: cursorQuery,
  limit: limitQuery(50, 200),
});

export const syncRunParams = z.object({ id: z.string().meta({ description: "Sync run id (UUID)." }) });

export const listSyncResultsQuery = z.object({
  status: z.enum(SYNC_RESULT_STATUSES).optional().meta({ description: "Only results with this status." }),
  cursor: cursorQuery,
  limit: limitQuery(100, 1000),
});

const reportedItem = z
  .strictObject({
    employee_id: z.uuid().meta({ description: "An employee of the company." }),
    operation: z.enum(SYNC_OPERATIONS).nullable().optional().meta({ description: "Required unless the status is `skipped`." }),
    status: z.enum(SYNC_RESULT_STATUSES),
    message: z.string().max(2000).optional().meta({ description: "What happened, with error details for failures." }),
    error_code: z.string().max(100).optional().meta({ description: "Your stable error code, for grouping failures." }),
  })
  .superRefine((item, ctx) => {
    if (item.status !== "skipped" && !item.operation) {
      ctx.addIssue({ code: "custom", path: ["operation"], message: "Required unless the status is skipped" });
    }
  })
  .meta({ id: "ReportedSyncItem" });

export const reportSyncRunBody = z
  .strictObject({
    started_at: dateTimeInput.optional().meta({ description: "When your sync started (default: finished_at)." }),
    finished_at: dateTimeInput.optional().meta({ description: "When your sync finished (default: now)." }),
    error: z.string().max(2000).optional().meta({ description: "Set when the run failed as a whole; the run is then `failed`." }),
    items: z.array(reportedItem).max(MAX_REPORTED_ITEMS).meta({ description: `One entry per employee, at most ${MAX_REPORTED_ITEMS}.` }),
  })
  // Runs even when fields failed, so every problem is listed at once: the value may be malformed here.
  .superRefine(
    (body, ctx) => {
      if (!body || typeof body !== "object") return;
      const { started_at: started, finished_at: finished, items } = body as Record<string, unknown>;
      if (started instanceof Date && finished instanceof Date && started > finished) {
        ctx.addIssue({ code: "custom", path: ["started_at"], message: "Must not be after finished_at" });
      }
      if (finished instanceof Date && finished.getTime() > Date.now() + 5 * 60_000) {
        ctx.addIssue({ code: "custom", path: ["finished_at"], message: "Must not be in the future" });
      }
      if (!Array.isArray(items)) return;
      const seen = new Set<string>();
      items.forEach((item: unknown, index) => {
        const id = item && typeof item === "object" ? (item as Record<string, unknown>).employee_id : undefined;
        if (typeof id !== "string") return;
        if (seen.has(id)) ctx.addIssue({ code: "custom", path: ["items", index, "employee_id"], message: "Each employee may appear once per run" });
        seen.add(id);
      });
    },
    { when: () => true },
  )
  .meta({ id: "SyncRunReport", description: "A partner integration's report of one of its own sync runs." });
