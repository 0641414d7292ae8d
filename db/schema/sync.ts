import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { connections } from "./connections";
import { employees } from "./employees";
import { organizations } from "./organizations";

export const syncRunStatus = pgEnum("sync_run_status", ["running", "succeeded", "partially_succeeded", "failed"]);
export const syncTrigger = pgEnum("sync_trigger", ["schedule", "manual", "employee_change", "retry", "partner"]);
export const syncOperation = pgEnum("sync_operation", ["provision", "update", "deactivate", "link"]);
export const syncResultStatus = pgEnum("sync_result_status", ["succeeded", "failed", "skipped"]);

/** Counts of a run, per operation and outcome. */
export type SyncRunCounts = {
  total: number;
  provisioned: number;
  updated: number;
  deactivated: number;
  linked: number;
  skipped: number;
  failed: number;
};

/** What was sent to and received from a target, secrets redacted, bodies truncated. */
export type HttpExchange = {
  request?: { method: string; url: string; headers?: Record<string, string>; body?: unknown };
  response?: { status: number; headers?: Record<string, string>; body?: unknown };
};

export const syncRuns = pgTable(
  "sync_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    trigger: syncTrigger("trigger").notNull(),
    status: syncRunStatus("status").notNull().default("running"),
    startedAt: timestamp("started_at", { withTimezone: true }).defaultNow().notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    counts: jsonb("counts")
      .$type<SyncRunCounts>()
      .notNull()
      .default({ total: 0, provisioned: 0, updated: 0, deactivated: 0, linked: 0, skipped: 0, failed: 0 }),
    /** connection-level error that failed the run, in words */
    error: text("error"),
    /** the response that caused a connection-level failure */
    errorExchange: jsonb("error_exchange").$type<HttpExchange>(),
    retryOfRunId: uuid("retry_of_run_id").references((): AnyPgColumn => syncRuns.id, { onDelete: "set null" }),
    /** the API credential that reported a partner run */
    reportedByCredentialId: uuid("reported_by_credential_id"),
    /** pg-boss job id, to find a run whose worker died */
    jobId: text("job_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("sync_runs_org_connection_started_idx").on(t.organizationId, t.connectionId, t.startedAt.desc(), t.id),
    index("sync_runs_running_idx").on(t.connectionId).where(sql`${t.status} = 'running'`),
  ],
);

/**
 * One row per employee per run: the largest table. Append-only, purged by age
 * (created_at), so time partitioning can be added without changing queries.
 */
export const syncResults = pgTable(
  "sync_results",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    runId: uuid("run_id")
      .notNull()
      .references(() => syncRuns.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id").notNull(),
    employeeId: uuid("employee_id").notNull(),
    /** null when nothing was to be done (status skipped) */
    operation: syncOperation("operation"),
    status: syncResultStatus("status").notNull(),
    message: text("message").notNull().default(""),
    /** stable cause key for grouping errors, e.g. "scim.uniqueness", "http.401" */
    errorCode: text("error_code"),
    exchange: jsonb("exchange").$type<HttpExchange>(),
    attempts: integer("attempts").notNull().default(0),
    durationMs: integer("duration_ms").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("sync_results_run_status_employee_idx").on(t.organizationId, t.runId, t.status, t.employeeId),
    index("sync_results_run_employee_idx").on(t.organizationId, t.runId, t.employeeId),
    index("sync_results_employee_idx").on(t.organizationId, t.employeeId, t.createdAt.desc()),
    index("sync_results_created_idx").on(t.createdAt),
    // Show details sorted by sync date: keyset on (created_at, id) within a run (monitoring)
    index("sync_results_run_created_idx").on(t.organizationId, t.runId, t.createdAt, t.id),
    // Errors grouped by cause, and the rows of one group: failed rows only (about a tenth of the table)
    index("sync_results_run_error_idx").on(t.organizationId, t.runId, t.errorCode).where(sql`${t.status} = 'failed'`),
  ],
);

/** What the target holds for an employee: the account id and a hash of what was last pushed. */
export const employeeLinks = pgTable(
  "employee_links",
  {
    organizationId: uuid("organization_id").notNull(),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    externalId: text("external_id"),
    externalUserName: text("external_user_name"),
    /** hash of the mapped attributes last pushed successfully */
    pushedHash: text("pushed_hash"),
    /** the account's active flag as last pushed */
    active: boolean("active").notNull().default(true),
    etag: text("etag"),
    /** the mapped attributes last pushed successfully (what `pushedHash` hashes): updates send only what changed */
    pushedAttributes: jsonb("pushed_attributes").$type<Record<string, string | boolean | null>>(),
    lastOperation: syncOperation("last_operation"),
    lastStatus: syncResultStatus("last_status"),
    lastMessage: text("last_message"),
    lastRunId: uuid("last_run_id"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.connectionId, t.employeeId] }),
    index("employee_links_org_employee_idx").on(t.organizationId, t.employeeId),
    /** "is this target account already linked to someone else?" during matching */
    index("employee_links_connection_external_idx").on(t.connectionId, t.externalId),
  ],
);

export type SyncRun = typeof syncRuns.$inferSelect;
export type NewSyncRun = typeof syncRuns.$inferInsert;
export type SyncResult = typeof syncResults.$inferSelect;
export type NewSyncResult = typeof syncResults.$inferInsert;
export type EmployeeLink = typeof employeeLinks.$inferSelect;
export type NewEmployeeLink = typeof employeeLinks.$inferInsert;
