import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { SyncRunCounts } from "@/db/schema";
import { hashAttributes } from "./map-employee";
import type { ItemResult } from "./types";

export function emptyCounts(): SyncRunCounts {
  return { total: 0, provisioned: 0, updated: 0, deactivated: 0, linked: 0, skipped: 0, failed: 0 };
}

const COUNT_KEY = { provision: "provisioned", update: "updated", deactivate: "deactivated", link: "linked" } as const;

export function countResult(counts: SyncRunCounts, result: Pick<ItemResult, "status" | "operation">, n = 1): void {
  counts.total += n;
  if (result.status === "failed") counts.failed += n;
  else if (result.status === "skipped") counts.skipped += n;
  else if (result.operation) counts[COUNT_KEY[result.operation]] += n;
}

/** pg-pool's words when no connection came free in time: nothing reached the database yet. */
const POOL_WAIT_TIMEOUT = /timeout exceeded when trying to connect/i;

/**
 * Runs a database write again (up to five times, 1 s, 2 s, 4 s, 8 s apart) while it failed only
 * because the process's pool had no free connection in time: under a burst of page views one
 * slow wait must not fail a 10,000-employee run.
 */
export async function whenPoolFrees<T>(write: () => Promise<T>, delays: number[] = [1000, 2000, 4000, 8000]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= delays.length || !POOL_WAIT_TIMEOUT.test(String((error as Error)?.message))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

/**
 * Streams a run's results to the database in batched inserts (up to a thousand rows or
 * two seconds, whichever comes first), with the link state of the same employees in
 * the same transaction; two writes may run at once, and the run's counts are kept
 * current for Monitoring.
 */
export class ResultWriter {
  readonly counts = emptyCounts();
  private buffer: ItemResult[] = [];
  private lastFlush = Date.now();
  private readonly writing = new Set<Promise<void>>();
  private failure: unknown = null;
  private static readonly PARALLEL_WRITES = 2;

  constructor(
    private readonly run: { id: string; organizationId: string; connectionId: string },
    private readonly options: { flushSize: number; flushMs: number } = { flushSize: 1000, flushMs: 2000 },
  ) {}

  /**
   * Adds one result. Writing overlaps with the work: the caller waits only when both
   * write slots are busy (back-pressure), or a write failed.
   */
  add(result: ItemResult): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.buffer.push(result);
    countResult(this.counts, result);
    if (this.buffer.length < this.options.flushSize && Date.now() - this.lastFlush < this.options.flushMs) return Promise.resolve();
    this.flush().catch(() => {}); // a failure surfaces on the next add or flush
    return this.writing.size >= ResultWriter.PARALLEL_WRITES ? this.settled(Promise.race(this.writing)) : Promise.resolve();
  }

  /** Writes what is buffered; resolves when everything added so far is in the database. */
  flush(): Promise<void> {
    if (this.buffer.length > 0) {
      const rows = this.buffer;
      this.buffer = [];
      this.lastFlush = Date.now();
      const counts = { ...this.counts };
      const write: Promise<void> = whenPoolFrees(() => this.write(rows, counts))
        .catch((error) => {
          this.failure ??= error;
        })
        .finally(() => this.writing.delete(write));
      this.writing.add(write);
    }
    return this.settled(Promise.all(this.writing));
  }

  private settled(promise: Promise<unknown>): Promise<void> {
    return promise.then(() => {
      if (this.failure) throw this.failure;
    });
  }

  private async write(rows: ItemResult[], counts: typeof this.counts): Promise<void> {
    const { id: runId, organizationId, connectionId } = this.run;
    const now = new Date().toISOString();
    const results = rows.map((r) => ({
      employee_id: r.employeeId,
      operation: r.operation,
      status: r.status,
      message: r.message,
      error_code: r.errorCode,
      exchange: r.exchange,
      attempts: r.attempts,
      duration_ms: r.durationMs,
    }));
    const links = rows
      .filter((r) => r.link || r.status === "failed")
      .map((r) => ({
        employee_id: r.employeeId,
        external_id: r.link?.externalId ?? null,
        external_user_name: r.link?.externalUserName ?? null,
        pushed_hash: r.link ? hashAttributes(r.link.pushedAttributes) : null,
        pushed_attributes: r.link?.pushedAttributes ?? null,
        active: r.link?.active ?? true,
        etag: r.link?.etag ?? null,
        last_operation: r.operation,
        last_status: r.status,
        last_message: r.message.slice(0, 1000),
      }));
    // One statement per table whatever the batch size: rows travel as one jsonb parameter.
    await db.transaction(async (tx) => {
      // Results are a log: no need to wait for the disk on every batch. The run's final update
      // commits synchronously, which makes every batch written before it durable too.
      await tx.execute(sql`set local synchronous_commit to off`);
      if (results.length > 0) {
        await tx.execute(sql`
          insert into sync_results (organization_id, run_id, connection_id, employee_id, operation, status, message, error_code, exchange, attempts, duration_ms)
          select ${organizationId}, ${runId}, ${connectionId}, x.employee_id, x.operation, x.status, x.message, x.error_code, x.exchange, x.attempts, x.duration_ms
          from jsonb_to_recordset(${JSON.stringify(results)}::jsonb) as x(
            employee_id uuid, operation sync_operation, status sync_result_status, message text, error_code text, exchange jsonb, attempts int, duration_ms int)`);
      }
      if (links.length > 0) {
        // A successful operation writes the new link state; a failure only notes itself.
        await tx.execute(sql`
          insert into employee_links as l (organization_id, connection_id, employee_id, external_id, external_user_name, pushed_hash, pushed_attributes, active, etag,
            last_operation, last_status, last_message, last_run_id, updated_at)
          select ${organizationId}, ${connectionId}, x.employee_id, x.external_id, x.external_user_name, x.pushed_hash, x.pushed_attributes, x.active, x.etag,
            x.last_operation, x.last_status, x.last_message, ${runId}, ${now}
          from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as x(
            employee_id uuid, external_id text, external_user_name text, pushed_hash text, pushed_attributes jsonb, active boolean, etag text,
            last_operation sync_operation, last_status sync_result_status, last_message text)
          where exists (select 1 from employees e where e.id = x.employee_id) -- deleted during the run: no link
          on conflict (connection_id, employee_id) do update set
            external_id = case when excluded.pushed_hash is not null then excluded.external_id else l.external_id end,
            external_user_name = case when excluded.pushed_hash is not null then excluded.external_user_name else l.external_user_name end,
            pushed_hash = coalesce(excluded.pushed_hash, l.pushed_hash),
            pushed_attributes = case when excluded.pushed_hash is not null then excluded.pushed_attributes else l.pushed_attributes end,
            active = case when excluded.pushed_hash is not null then excluded.active else l.active end,
            etag = case when excluded.pushed_hash is not null then excluded.etag else l.etag end,
            last_operation = excluded.last_operation, last_status = excluded.last_status, last_message = excluded.last_message,
            last_run_id = excluded.last_run_id, updated_at = excluded.updated_at`);
      }
    });
    // Writes may finish out of order: counts only ever move forward.
    await db.execute(sql`update sync_runs set counts = ${JSON.stringify(counts)}::jsonb
      where id = ${runId} and status = 'running' and (counts->>'total')::int < ${counts.total}`);
  }
}
