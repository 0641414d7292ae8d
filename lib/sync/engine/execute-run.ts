import type { EmployeeLink } from "@/db/schema";
import type { MatchOutcome } from "@/lib/sync/connectors/types";
import { checkLinkConflicts } from "./check-link-conflicts";
import { employeeBatches, loadPushedAttributes } from "./employee-batches";
import { executeItem, skippedResult, type RunState } from "./execute-item";
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

/** A batch read and looked up ahead, while the batch before it still runs. */
type StagedBatch = {
  rows: BatchRow[];
  items: PreparedItem[];
  matches: Promise<Map<string, MatchOutcome>>;
  pushed: Promise<Map<string, EmployeeLink["pushedAttributes"]>>;
};

const needsPushed = (item: PreparedItem) => item.row.link !== null && (item.plan.kind === "update" || item.plan.kind === "deactivate");

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Quiet until awaited: a rejection surfaces where the promise is used, never as an unhandled one. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Starts the read-only work of a batch: what was last pushed for the employees that
 * change, and the lookups of existing accounts for the unlinked ones (link before create).
 */
function stage(ctx: RunContext, rows: BatchRow[], state: RunState): StagedBatch {
  const items = rows.map((row) => prepareItem(ctx, row));
  const creates = items.filter((item) => item.plan.kind === "create" && !ctx.connector.validate(item.desired));
  const matches =
    state.abort || creates.length === 0
      ? Promise.resolve(new Map<string, MatchOutcome>())
      : ctx.connector.findExisting(creates.map(toConnectorItem)).catch((error) => {
          if (!(error instanceof ConnectionError)) throw error;
          state.abort ??= error;
          return new Map<string, MatchOutcome>();
        });
  const pushed = loadPushedAttributes(ctx.connectionId, items.filter(needsPushed).map((item) => item.row.employee.id));
  return { rows, items, matches: later(matches), pushed: later(pushed) };
}

/**
 * Executes one staged batch with bounded concurrency. An employee whose manager is
 * earlier in the same batch waits for the manager, and one whose manager was in the
 * previous batch takes the manager's account id from it, so a first sync sends
 * managers' new account ids. Returns the batch's account ids (employee -> account).
 */
async function processBatch(ctx: RunContext, staged: StagedBatch, state: RunState, previous: Map<string, string | null>): Promise<Map<string, string | null>> {
  const { rows } = staged;
  const position = new Map(rows.map((row, i) => [row.employee.id, i]));
  const items = staged.items.map((item) => {
    const fromPrevious = item.row.employee.managerId ? previous.get(item.row.employee.managerId) : undefined;
    return fromPrevious === undefined || fromPrevious === item.row.managerExternalId ? item : prepareItem(ctx, item.row, fromPrevious);
  });
  const pushed = new Map(await staged.pushed);
  // A manager's new account id from the previous batch can turn "up to date" into an update.
  const missing = items.filter((item) => needsPushed(item) && !pushed.has(item.row.employee.id)).map((item) => item.row.employee.id);
  for (const [id, attributes] of await loadPushedAttributes(ctx.connectionId, missing)) pushed.set(id, attributes);
  for (const item of items) if (item.row.link && pushed.has(item.row.employee.id)) item.row.link.pushedAttributes = pushed.get(item.row.employee.id) ?? null;
  const matches = await staged.matches;
  // Accounts linked by the previous batch may not be written yet: count them as taken too.
  const takenBefore = new Map([...previous].filter((entry): entry is [string, string] => entry[1] !== null).map(([employeeId, account]) => [account, employeeId]));
  await checkLinkConflicts(ctx.connectionId, matches, takenBefore);

  const managerAt = (item: PreparedItem, i: number) => {
    const at = item.row.employee.managerId ? position.get(item.row.employee.managerId) : undefined;
    return at !== undefined && at < i ? at : undefined;
  };
  const settled = new Map<number, ReturnType<typeof deferred<string | null>>>();
  items.forEach((item, i) => {
    const at = managerAt(item, i);
    if (at !== undefined && !settled.has(at)) settled.set(at, deferred<string | null>());
  });
  const accounts = new Map<string, string | null>();
  const done = (i: number, linkedId: string | null) => {
    accounts.set(items[i].row.employee.id, linkedId);
    settled.get(i)?.resolve(linkedId);
  };

  // Employees with nothing to do and no manager to wait for: no pool, no call (a quiet run is all of them).
  const pending: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i].plan.kind !== "skip" || managerAt(items[i], i) !== undefined) {
      pending.push(i);
      continue;
    }
    done(i, items[i].row.link?.externalId ?? null);
    await ctx.writer.add(skippedResult(items[i]));
  }
  await runPool(pending, ctx.concurrency, async (i) => {
    const planned = items[i];
    let item = planned;
    let linkedId: string | null = planned.row.link?.externalId ?? null;
    try {
      const at = managerAt(planned, i);
      if (at !== undefined) {
        const managerExternalId = await settled.get(at)!.promise;
        if (managerExternalId !== planned.row.managerExternalId) item = prepareItem(ctx, planned.row, managerExternalId);
        if (needsPushed(item) && !item.row.link!.pushedAttributes) {
          item.row.link!.pushedAttributes = (await loadPushedAttributes(ctx.connectionId, [item.row.employee.id])).get(item.row.employee.id) ?? null;
        }
      }
      const result = await executeItem(ctx.connector, item, matches.get(item.row.employee.id), state);
      if (result.link) linkedId = result.link.externalId;
      await ctx.writer.add(result);
    } finally {
      done(i, linkedId);
    }
  });
  return accounts;
}

/**
 * Runs every batch of the run's employees through plan and execution. The next batch
 * is read once the batch before the current one is written (so managers' links are in
 * the database), and its lookups run while the current batch executes.
 */
export async function executeRun(ctx: RunContext): Promise<RunState> {
  const state: RunState = { abort: null, transientStreak: 0 };
  const batches = employeeBatches({ organizationId: ctx.organizationId, connectionId: ctx.connectionId, employeeIds: ctx.employeeIds, batchSize: ctx.batchSize })[Symbol.asyncIterator]();
  const first = await batches.next();
  let staged: StagedBatch | null = first.done ? null : stage(ctx, first.value, state);
  let written: Promise<void> = Promise.resolve();
  let previous = new Map<string, string | null>();
  while (staged) {
    const next = later(written.then(() => batches.next()).then((r) => (r.done ? null : stage(ctx, r.value, state))));
    previous = await processBatch(ctx, staged, state, previous);
    written = later(ctx.writer.flush());
    staged = await next;
  }
  await ctx.writer.flush();
  return state;
}
