import type { MatchOutcome } from "@/lib/sync/connectors/types";
import { checkLinkConflicts } from "./check-link-conflicts";
import { employeeBatches } from "./employee-batches";
import { executeItem, type RunState } from "./execute-item";
import { prepareItem, toConnectorItem, type PlanningContext, type PreparedItem } from "./prepare-item";
import type { ResultWriter } from "./result-writer";
import { runPool } from "./run-pool";
import { ConnectionError } from "./sync-errors";
import type { BatchRow } from "./types";

export type RunContext = PlanningContext & {
  organizationId: string;
  connectionId: string;
  employeeIds?: string[];
  writer: ResultWriter;
  concurrency: number;
  batchSize: number;
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function findMatches(ctx: RunContext, items: PreparedItem[], state: RunState): Promise<Map<string, MatchOutcome>> {
  const creates = items.filter((item) => item.plan.kind === "create" && !ctx.connector.validate(item.desired));
  if (state.abort || creates.length === 0) return new Map();
  try {
    const matches = await ctx.connector.findExisting(creates.map(toConnectorItem));
    await checkLinkConflicts(ctx.connectionId, matches);
    return matches;
  } catch (error) {
    if (!(error instanceof ConnectionError)) throw error;
    state.abort ??= error;
    return new Map();
  }
}

/**
 * One batch: plan every employee, look up existing accounts of the unlinked ones
 * (link before create), then execute with bounded concurrency. An employee whose
 * manager is earlier in the same batch waits for the manager, so a first sync sends
 * the manager's new account id instead of none.
 */
async function processBatch(ctx: RunContext, batch: BatchRow[], state: RunState): Promise<void> {
  const items = batch.map((row) => prepareItem(ctx, row));
  const position = new Map(batch.map((row, i) => [row.employee.id, i]));
  const settled = batch.map(() => deferred<string | null>());
  const matches = await findMatches(ctx, items, state);
  await runPool(items, ctx.concurrency, async (planned, i) => {
    let item = planned;
    let linkedId: string | null = planned.row.link?.externalId ?? null;
    try {
      const managerAt = planned.row.employee.managerId ? position.get(planned.row.employee.managerId) : undefined;
      if (managerAt !== undefined && managerAt < i) {
        const managerExternalId = await settled[managerAt].promise;
        if (managerExternalId !== planned.row.managerExternalId) item = prepareItem(ctx, planned.row, managerExternalId);
      }
      const result = await executeItem(ctx.connector, item, matches.get(item.row.employee.id), state);
      if (result.link) linkedId = result.link.externalId;
      await ctx.writer.add(result);
    } finally {
      settled[i].resolve(linkedId);
    }
  });
}

/** Runs every batch of the run's employees through plan and execution; results stream to the writer. */
export async function executeRun(ctx: RunContext): Promise<RunState> {
  const state: RunState = { abort: null, transientStreak: 0 };
  for await (const batch of employeeBatches({ organizationId: ctx.organizationId, connectionId: ctx.connectionId, employeeIds: ctx.employeeIds, batchSize: ctx.batchSize })) {
    await processBatch(ctx, batch, state);
  }
  await ctx.writer.flush();
  return state;
}
