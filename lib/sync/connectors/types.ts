import type { HttpExchange } from "@/db/schema";
import type { Attributes, CallTrace, LinkState, Outcome, SourceEmployee } from "@/lib/sync/engine/types";
import type { SourceValues } from "@/lib/sync/engine/map-employee";

/**
 * The result of "Test connection": success with what the target told us, or the
 * target's error as a person can read it, with the exchange that shows it.
 */
export type TestConnectionResult =
  | { ok: true; summary: Record<string, string | number | boolean>; exchanges: HttpExchange[] }
  | { ok: false; message: string; status?: number; exchanges: HttpExchange[] };

/* ---- The one interface every connector kind implements (the engine never knows a protocol) ---- */


/** An account found in the target. `attributes` are read back by the connection's mapping. */
export type RemoteAccount = { id: string; userName: string | null; etag: string | null; attributes: Attributes; active: boolean | null };

/** Link before create: what the target holds for an unlinked employee. */
export type MatchOutcome =
  | { kind: "none" }
  | { kind: "one"; account: RemoteAccount; by: string }
  | { kind: "failed"; errorCode: string; message: string; exchange: HttpExchange | null };

/** One employee handed to a connector: its link, desired attributes and the trace its calls fill. */
export type ConnectorItem = { employee: SourceEmployee; link: LinkState | null; desired: Attributes; trace: CallTrace };

export interface Connector {
  readonly kind: "scim" | "webhook";
  /** the attributes (or event fields) this connection sends for an employee; includes `active` */
  mapAttributes(values: SourceValues): Attributes;
  /** does the stored link point at an account in the target? */
  isLinked(link: LinkState | null): boolean;
  /** a data problem that makes a call pointless (e.g. no userName): fails the employee without a request */
  validate(desired: Attributes): { errorCode: string; message: string } | null;
  /** read-only lookups for unlinked employees; never writes */
  findExisting(items: ConnectorItem[]): Promise<Map<string, MatchOutcome>>;
  provision(item: ConnectorItem): Promise<Outcome>;
  link(item: ConnectorItem, account: RemoteAccount, by: string): Promise<Outcome>;
  update(item: ConnectorItem, options: { reactivate: boolean }): Promise<Outcome>;
  deactivate(item: ConnectorItem, options: { reason: string }): Promise<Outcome>;
}
