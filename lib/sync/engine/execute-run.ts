import type { MatchOutcome } from "@/lib/sync/connectors/types";
import { checkLinkConflicts } from "./check-link-conflicts";
import { employeeBatches, loadPushedAttributes } from "./employee-batches";
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

const needsPushed = (item: PreparedItem) => item.row.link !== null && (item.plan.kind === "update" || item.plan.kind === "deactivate");

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
 * manager is earlier in the same batch waits for the manager, and one whose manager
 * was in the previous batch takes the manager's account id from it, so a first sync
 * sends managers' new account ids instead of none. Returns the batch's account ids.
 */
async function processBatch(ctx: RunContext, batch: BatchRow[], state: RunState, previous: Map<string, string | null>): Promise<Map<string, string | null>> {
  const position = new Map(batch.map((row, i) => [row.employee.id, i]));
  const items = batch.map((row) => {
    const fromPrevious = row.employee.managerId ? previous.get(row.employee.managerId) : undefined;
    return prepareItem(ctx, row, fromPrevious ?? row.managerExternalId);
  });
  const settled = batch.map(() => deferred<string | null>());
  // What was last pushed, read for the employees that change (one query per batch).
  const changing = items.filter(needsPushed);
  const pushed = await loadPushedAttributes(ctx.connectionId, changing.map((item) => item.row.employee.id));
  for (const item of changing) item.row.link!.pushedAttributes = pushed.get(item.row.employee.id) ?? null;
  const matches = await findMatches(ctx, items, state);
  const accounts = new Map<string, string | null>();
  await runPool(items, ctx.concurrency, async (planned, i) => {
    let item = planned;
    let linkedId: string | null = planned.row.link?.externalId ?? null;
    try {
      const managerAt = planned.row.employee.managerId ? position.get(planned.row.employee.managerId) : undefined;
      if (managerAt !== undefined && managerAt < i) {
        const managerExternalId = await settled[managerAt].promise;
        if (managerExternalId !== planned.row.managerExternalId) item = prepareItem(ctx, planned.row, managerExternalId);
        if (needsPushed(item) && !item.row.link!.pushedAttributes) {
          item.row.link!.pushedAttributes = (await loadPushedAttributes(ctx.connectionId, [item.row.employee.id])).get(item.row.employee.id) ?? null;
        }
      }
      const result = await executeItem(ctx.connector, item, matches.get(item.row.employee.id), state);
      if (result.link) linkedId = result.link.externalId;
      await ctx.writer.add(result);
    } finally {
      accounts.set(planned.row.employee.id, linkedId);
      settled[i].resolve(linkedId);
    }
  });
  return accounts;
}

/**
 * Runs every batch of the run's employees through plan and execution. The next batch
 * is read while this one runs, once the batch before this one is written (so its
 * links are in the database); results stream to the writer meanwhile.
 */
export async function executeRun(ctx: RunContext): Promise<RunState> {
  const state: RunState = { abort: null, transientStreak: 0 };
  const batches = employeeBatches({ organizationId: ctx.organizationId, connectionId: ctx.connectionId, employeeIds: ctx.employeeIds, batchSize: ctx.batchSize })[Symbol.asyncIterator]();
  let written: Promise<void> = Promise.resolve();
  let next = batches.next();
  let previous = new Map<string, string | null>();
  for (;;) {
    const { value: batch, done } = await next;
    if (done) break;
    next = written.then(() => batches.next());
    next.catch(() => {});
    previous = await processBatch(ctx, batch, state, previous);
    written = ctx.writer.flush();
    written.catch(() => {});
  }
  await ctx.writer.flush();
  return state;
}
