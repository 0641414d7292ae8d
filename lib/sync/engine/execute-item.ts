import type { Connector, MatchOutcome } from "@/lib/sync/connectors/types";
import { NetworkError } from "@/lib/sync/http";
import type { PreparedItem } from "./prepare-item";
import { toConnectorItem } from "./prepare-item";
import { ConnectionError, TargetAnswerError } from "./sync-errors";
import type { ItemResult, Operation, Outcome } from "./types";

export type RunState = { abort: ConnectionError | null; transientStreak: number };

/**
 * After this many employees in a row fail with transient errors (429, 5xx, timeouts,
 * answers that are not the API's, such as a proxy's HTML page), the target counts as down.
 */
const MAX_TRANSIENT_STREAK = 10;
const TRANSIENT = /^(network\.|response\.|http\.(408|429|5\d\d)$)/;

function operationOf(item: PreparedItem, match: MatchOutcome | undefined): Operation | null {
  switch (item.plan.kind) {
    case "skip":
      return null;
    case "create":
      return match?.kind === "one" ? "link" : "provision";
    default:
      return item.plan.kind;
  }
}

async function callConnector(connector: Connector, item: PreparedItem, match: MatchOutcome | undefined): Promise<Outcome> {
  const target = toConnectorItem(item);
  const plan = item.plan;
  if (plan.kind === "update") return connector.update(target, { reactivate: plan.reactivate });
  if (plan.kind === "deactivate") return connector.deactivate(target, { reason: plan.reason });
  if (match?.kind === "failed") return { operation: "link", status: "failed", message: match.message, errorCode: match.errorCode, exchange: match.exchange };
  if (match?.kind === "one") return connector.link(target, match.account, match.by);
  return connector.provision(target);
}

/**
 * One employee's operation: exactly one result, whatever happens. A connection-level
 * error stops the run (state.abort); the employees after it are "not synced".
 */
function toResult(item: PreparedItem, outcome: Outcome, started: number): ItemResult {
  return {
    employeeId: item.row.employee.id,
    ...outcome,
    exchange: outcome.exchange ?? item.trace.exchange,
    attempts: item.trace.attempts,
    durationMs: Date.now() - started,
  };
}

/** The result of an employee planned as skipped (nothing to send). */
export function skippedResult(item: PreparedItem): ItemResult {
  const message = item.plan.kind === "skip" ? item.plan.message : "";
  return toResult(item, { operation: null, status: "skipped", message, errorCode: null }, Date.now());
}

export async function executeItem(connector: Connector, item: PreparedItem, match: MatchOutcome | undefined, state: RunState): Promise<ItemResult> {
  const started = Date.now();
  // Nothing to do: no call, no closure (this path runs for every employee of a quiet run).
  if (item.plan.kind === "skip") return toResult(item, { operation: null, status: "skipped", message: item.plan.message, errorCode: null }, started);
  const operation = operationOf(item, match);
  if (state.abort) {
    return toResult(item, { operation, status: "failed", message: `Not synced: the run stopped (${state.abort.message})`, errorCode: state.abort.code }, started);
  }
  const invalid = connector.validate(item.desired);
  if (invalid) return toResult(item, { operation, status: "failed", ...invalid }, started);

  let outcome: Outcome;
  try {
    outcome = await callConnector(connector, item, match);
  } catch (error) {
    if (error instanceof ConnectionError) {
      state.abort ??= error;
      outcome = { operation, status: "failed", message: error.message, errorCode: error.code, exchange: error.exchange };
    } else if (error instanceof NetworkError) {
      outcome = { operation, status: "failed", message: `The target did not answer: ${error.message}`, errorCode: `network.${error.reason}`, exchange: error.exchange };
    } else if (error instanceof TargetAnswerError) {
      outcome = { operation, status: "failed", message: error.message, errorCode: error.code, exchange: error.exchange };
    } else {
      console.error(JSON.stringify({ level: "error", msg: "sync item failed unexpectedly", employeeId: item.row.employee.id, err: String(error) }));
      outcome = { operation, status: "failed", message: `Internal error while syncing this employee: ${(error as Error)?.message ?? error}`, errorCode: "sync.internal_error" };
    }
  }
  if (outcome.status === "failed" && item.trace.attempts > 1) outcome.message += ` (gave up after ${item.trace.attempts} attempts)`;
  if (outcome.status === "failed" && outcome.errorCode && TRANSIENT.test(outcome.errorCode)) {
    state.transientStreak += 1;
    if (state.transientStreak >= MAX_TRANSIENT_STREAK && !state.abort) {
      state.abort = new ConnectionError(`The target kept failing: ${MAX_TRANSIENT_STREAK} employees in a row could not be synced (last: ${outcome.message})`, outcome.errorCode, outcome.exchange ?? item.trace.exchange);
    }
  } else if (outcome.status === "succeeded") {
    state.transientStreak = 0;
  }
  return toResult(item, outcome, started);
}
