import { sql } from "drizzle-orm";
import { db } from "@/db";
import { employeeLinks, syncResults, syncRuns, type NewEmployeeLink, type SyncRunCounts } from "@/db/schema";
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

/**
 * Streams a run's results to the database in batched inserts (a few hundred rows or
 * two seconds, whichever comes first), with the link state of the same employees in
 * the same transaction, and keeps the run's counts current for Monitoring.
 */
export class ResultWriter {
  readonly counts = emptyCounts();
  private buffer: ItemResult[] = [];
  private lastFlush = Date.now();
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly run: { id: string; organizationId: string; connectionId: string },
    private readonly options: { flushSize: number; flushMs: number } = { flushSize: 500, flushMs: 2000 },
  ) {}

  /** Adds one result; resolves once it is buffered (or written, when the buffer was full). */
  add(result: ItemResult): Promise<void> {
    this.buffer.push(result);
    countResult(this.counts, result);
    if (this.buffer.length >= this.options.flushSize || Date.now() - this.lastFlush >= this.options.flushMs) return this.flush();
    return Promise.resolve();
  }

  flush(): Promise<void> {
    const rows = this.buffer;
    this.buffer = [];
    this.lastFlush = Date.now();
    const counts = { ...this.counts };
    this.chain = this.chain.then(() => this.write(rows, counts));
    return this.chain;
  }

  private async write(rows: ItemResult[], counts: typeof this.counts): Promise<void> {
    const { id: runId, organizationId, connectionId } = this.run;
    await db.transaction(async (tx) => {
      if (rows.length > 0) {
        await tx.insert(syncResults).values(
          rows.map((r) => ({
            organizationId,
            runId,
            connectionId,
            employeeId: r.employeeId,
            operation: r.operation,
            status: r.status,
            message: r.message,
            errorCode: r.errorCode,
            exchange: r.exchange,
            attempts: r.attempts,
            durationMs: r.durationMs,
          })),
        );
        const now = new Date();
        const pushed: NewEmployeeLink[] = [];
        const noted: NewEmployeeLink[] = [];
        for (const r of rows) {
          const last = { lastOperation: r.operation, lastStatus: r.status, lastMessage: r.message.slice(0, 1000), lastRunId: runId, updatedAt: now };
          if (r.link) {
            const { pushedAttributes, ...link } = r.link;
            pushed.push({ organizationId, connectionId, employeeId: r.employeeId, ...link, pushedAttributes, pushedHash: hashAttributes(pushedAttributes), ...last });
          } else if (r.status === "failed") {
            noted.push({ organizationId, connectionId, employeeId: r.employeeId, ...last });
          }
        }
        const lastSet = {
          lastOperation: sql`excluded.last_operation`,
          lastStatus: sql`excluded.last_status`,
          lastMessage: sql`excluded.last_message`,
          lastRunId: sql`excluded.last_run_id`,
          updatedAt: sql`excluded.updated_at`,
        };
        if (pushed.length > 0) {
          await tx
            .insert(employeeLinks)
            .values(pushed)
            .onConflictDoUpdate({
              target: [employeeLinks.connectionId, employeeLinks.employeeId],
              set: {
                externalId: sql`excluded.external_id`,
                externalUserName: sql`excluded.external_user_name`,
                pushedHash: sql`excluded.pushed_hash`,
                pushedAttributes: sql`excluded.pushed_attributes`,
                active: sql`excluded.active`,
                etag: sql`excluded.etag`,
                ...lastSet,
              },
            });
        }
        if (noted.length > 0) {
          await tx.insert(employeeLinks).values(noted).onConflictDoUpdate({ target: [employeeLinks.connectionId, employeeLinks.employeeId], set: lastSet });
        }
      }
      await tx.update(syncRuns).set({ counts }).where(sql`${syncRuns.id} = ${runId}`);
    });
  }
}
