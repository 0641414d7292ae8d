import type { HttpExchange } from "@/db/schema";
import type { TargetClient } from "@/lib/sync/engine/target-client";
import { errorCodeFor, TargetAnswerError } from "@/lib/sync/engine/sync-errors";
import { NetworkError } from "@/lib/sync/http";
import { runPool } from "@/lib/sync/engine/run-pool";
import { newTrace, type CallTrace } from "@/lib/sync/engine/types";
import type { ConnectorItem, MatchOutcome, RemoteAccount } from "../types";
import { readAttributes } from "./scim-paths";
import { scimErrorMessage, scimUrl } from "./scim-url";

type Resource = Record<string, unknown> & { id?: string; userName?: string; externalId?: string; emails?: { value?: string }[]; meta?: { version?: string } };
type Criterion = { by: "externalId" | "userName" | "work email"; value: string; clause: string; test: (r: Resource) => boolean };

export type ScimLookup = { client: TargetClient; baseUrl: string; paths: string[]; mapsExternalId: boolean };

/** Employees per combined lookup: three `eq` clauses each keep the URL well under 8 KB. */
const CHUNK = 20;
const MAX_PAGES = 10;

const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : null);

/** Link before create, in this order: externalId, then userName, then the work email. */
function criteria(item: ConnectorItem, mapsExternalId: boolean): Criterion[] {
  const list: Criterion[] = [];
  const add = (by: Criterion["by"], value: unknown, attr: string, test: (r: Resource, v: string) => boolean) => {
    if (typeof value !== "string" || !value || value.includes('"')) return;
    list.push({ by, value, clause: `${attr} eq "${value}"`, test: (r) => test(r, value) });
  };
  if (mapsExternalId) add("externalId", item.desired.externalId, "externalId", (r, v) => r.externalId === v);
  add("userName", item.desired.userName, "userName", (r, v) => lower(r.userName) === v.toLowerCase());
  const emailPath = Object.keys(item.desired).find((p) => p.startsWith("emails"));
  const email = (emailPath ? item.desired[emailPath] : null) ?? item.employee.email;
  add("work email", email, "emails.value", (r, v) => (r.emails ?? []).some((e) => lower(e?.value) === v.toLowerCase()));
  return list;
}

export function toAccount(resource: Resource, paths: string[], etag?: string | null): RemoteAccount {
  return {
    id: String(resource.id),
    userName: typeof resource.userName === "string" ? resource.userName : null,
    etag: etag ?? resource.meta?.version ?? null,
    attributes: readAttributes(resource, paths),
    active: typeof resource.active === "boolean" ? resource.active : null,
  };
}

function decide(item: ConnectorItem, found: Resource[], lookup: ScimLookup, exchange: HttpExchange | null): MatchOutcome {
  for (const criterion of criteria(item, lookup.mapsExternalId)) {
    const matches = found.filter(criterion.test);
    if (matches.length > 1) {
      return {
        kind: "failed",
        errorCode: "scim.duplicate_accounts",
        message: `Duplicate accounts in the target: ${matches.length} accounts match ${criterion.by} ${criterion.value} (ids ${matches.map((m) => m.id).join(", ")}). Merge or remove the extra accounts in the target, then sync again.`,
        exchange,
      };
    }
    if (matches.length === 1) {
      const account = matches[0];
      const theirs = account.externalId;
      if (criterion.by !== "externalId" && lookup.mapsExternalId && theirs && theirs !== item.desired.externalId) {
        return {
          kind: "failed",
          errorCode: "scim.account_conflict",
          message: `An account with this ${criterion.by} (${criterion.value}) exists in the target (id ${account.id}) but belongs to someone else (externalId ${theirs}). Not linked, to avoid merging two people.`,
          exchange,
        };
      }
      return { kind: "one", account: toAccount(account, lookup.paths), by: criterion.by };
    }
  }
  return { kind: "none" };
}

async function query(lookup: ScimLookup, filter: string, trace: CallTrace): Promise<{ ok: true; resources: Resource[] } | { ok: false; status: number; body: unknown }> {
  const resources: Resource[] = [];
  for (let page = 0, startIndex = 1; page < MAX_PAGES; page++) {
    const url = scimUrl(lookup.baseUrl, `/Users?filter=${encodeURIComponent(filter)}&startIndex=${startIndex}&count=100`);
    const result = await lookup.client.request({ method: "GET", url }, trace);
    if (result.status !== 200) return { ok: false, status: result.status, body: result.body };
    const list = (result.body ?? {}) as { Resources?: Resource[]; totalResults?: number };
    const batch = Array.isArray(list.Resources) ? list.Resources : [];
    resources.push(...batch);
    startIndex += batch.length;
    if (batch.length === 0 || resources.length >= (list.totalResults ?? 0)) break;
  }
  return { ok: true, resources };
}

function lookupFailed(status: number, body: unknown, exchange: HttpExchange | null): MatchOutcome {
  return { kind: "failed", errorCode: errorCodeFor(status, body), message: `Looking up existing accounts failed: ${scimErrorMessage(status, body)}`, exchange };
}

/** One employee, one criterion at a time (after a 409, a 404, or when the target refuses combined filters). */
export async function lookupOne(lookup: ScimLookup, item: ConnectorItem): Promise<MatchOutcome> {
  for (const criterion of criteria(item, lookup.mapsExternalId)) {
    const found = await query(lookup, criterion.clause, item.trace);
    if (!found.ok) return lookupFailed(found.status, found.body, item.trace.exchange);
    if (found.resources.length > 0) return decide(item, found.resources, lookup, item.trace.exchange);
  }
  return { kind: "none" };
}

/**
 * Existing accounts of a batch of unlinked employees, 20 employees per request
 * (`externalId eq .. or userName eq .. or emails.value eq ..`), read-only. A target
 * that refuses combined filters (400) is asked one employee and criterion at a time.
 */
export async function findAccounts(
  lookup: ScimLookup,
  items: ConnectorItem[],
  state: { combined: boolean; concurrency: number },
): Promise<Map<string, MatchOutcome>> {
  const outcomes = new Map<string, MatchOutcome>();
  const chunks: ConnectorItem[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  await runPool(chunks, state.concurrency, async (chunk) => {
    try {
      await lookupChunk(lookup, chunk, state, outcomes);
    } catch (error) {
      // No answer (after retries), or not the API's answer: these employees are not looked up, so not created either.
      const failed = unanswered(error);
      if (!failed) throw error;
      for (const item of chunk) if (!outcomes.has(item.employee.id)) outcomes.set(item.employee.id, failed);
    }
  });
  return outcomes;
}

function unanswered(error: unknown): MatchOutcome | null {
  if (error instanceof NetworkError) {
    return { kind: "failed", errorCode: `network.${error.reason}`, message: `Looking up existing accounts failed: the target did not answer: ${error.message}`, exchange: error.exchange };
  }
  if (error instanceof TargetAnswerError) return { kind: "failed", errorCode: error.code, message: `Looking up existing accounts failed: ${error.message}`, exchange: error.exchange };
  return null;
}

async function lookupChunk(lookup: ScimLookup, chunk: ConnectorItem[], state: { combined: boolean }, outcomes: Map<string, MatchOutcome>): Promise<void> {
  const clauses = chunk.flatMap((item) => criteria(item, lookup.mapsExternalId).map((c) => c.clause));
  if (state.combined && clauses.length > 0) {
    const trace = newTrace();
    const found = await query(lookup, clauses.join(" or "), trace);
    if (found.ok) {
      for (const item of chunk) outcomes.set(item.employee.id, decide(item, found.resources, lookup, trace.exchange));
      return;
    }
    if (found.status !== 400) {
      for (const item of chunk) outcomes.set(item.employee.id, lookupFailed(found.status, found.body, trace.exchange));
      return;
    }
    state.combined = false;
  }
  for (const item of chunk) outcomes.set(item.employee.id, await lookupOne(lookup, item));
}
