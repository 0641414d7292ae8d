import { NetworkError } from "@/lib/sync/http";
import type { TargetClient } from "@/lib/sync/engine/target-client";
import { ConnectionError, errorCodeFor, TargetAnswerError } from "@/lib/sync/engine/sync-errors";
import type { CallTrace } from "@/lib/sync/engine/types";
import { scimErrorMessage, scimUrl } from "./scim-url";

/** What a SCIM service provider supports (RFC 7643 §5, ServiceProviderConfig). */
export type ScimCapabilities = { patch: boolean; filter: boolean; maxResults: number; etag: boolean; bulk: boolean; bulkMaxOperations: number };

/** Targets that do not publish a ServiceProviderConfig: what nearly every SCIM target supports. */
export const ASSUMED_CAPABILITIES: ScimCapabilities = { patch: true, filter: true, maxResults: 100, etag: false, bulk: false, bulkMaxOperations: 0 };

type Feature = { supported?: unknown; maxResults?: unknown; maxOperations?: unknown } | undefined;

export function parseCapabilities(body: unknown): ScimCapabilities {
  const spc = (body && typeof body === "object" ? body : {}) as Record<string, Feature>;
  const on = (f: Feature, fallback: boolean) => (typeof f?.supported === "boolean" ? f.supported : fallback);
  const num = (v: unknown, fallback: number) => (typeof v === "number" && v > 0 ? v : fallback);
  return {
    patch: on(spc.patch, true),
    filter: on(spc.filter, true),
    maxResults: Math.min(num(spc.filter?.maxResults, 100), 100),
    etag: on(spc.etag, false),
    bulk: on(spc.bulk, false),
    bulkMaxOperations: num(spc.bulk?.maxOperations, 0),
  };
}

/** Reads ServiceProviderConfig once per run; a target without one gets the usual assumptions. */
export async function discoverCapabilities(client: TargetClient, baseUrl: string, trace: CallTrace): Promise<ScimCapabilities> {
  let result;
  try {
    result = await client.request({ method: "GET", url: scimUrl(baseUrl, "/ServiceProviderConfig") }, trace);
  } catch (error) {
    // The first request of a run got no answer even after retries: the target is down for this run.
    if (error instanceof NetworkError) throw new ConnectionError(`The target did not answer: ${error.message}`, `network.${error.reason}`, error.exchange);
    if (error instanceof TargetAnswerError) throw new ConnectionError(error.message, error.code, error.exchange);
    throw error;
  }
  if (result.status === 200) return parseCapabilities(result.body);
  if (result.status === 404 || result.status === 501) return ASSUMED_CAPABILITIES;
  throw new ConnectionError(
    `Reading the target's ServiceProviderConfig failed (${scimErrorMessage(result.status, result.body)})`,
    errorCodeFor(result.status, result.body),
    result.exchange,
  );
}
