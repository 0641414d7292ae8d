import type { HttpResult } from "@/lib/sync/http";
import type { Attributes } from "@/lib/sync/engine/types";
import type { ConnectorItem } from "../types";
import type { ScimCapabilities } from "./scim-discovery";
import type { ScimLookup } from "./scim-match";
import { toAccount } from "./scim-match";
import { buildResource, changedPaths, patchBody, patchOperations } from "./scim-paths";
import { scimUrl } from "./scim-url";

export type WriteResult =
  | { ok: true; changed: string[]; etag: string | null }
  | { ok: false; notFound: boolean; result: HttpResult };

function etagOf(result: HttpResult): string | null {
  const body = result.body as { meta?: { version?: string } } | undefined;
  return result.headers.get("etag") ?? body?.meta?.version ?? null;
}

/**
 * Writes the changed attributes of one account: PATCH with only what changed, or PUT
 * of the whole resource when the target has no PATCH. With ETags, sends If-Match and,
 * on 412, reads the account again and retries against what it now holds.
 */
export async function writeAccount(options: {
  lookup: ScimLookup;
  caps: ScimCapabilities;
  item: ConnectorItem;
  id: string;
  etag: string | null;
  desired: Attributes;
  current: Attributes;
}): Promise<WriteResult> {
  const { lookup, caps, item, id, desired } = options;
  let { etag, current } = options;
  const url = scimUrl(lookup.baseUrl, `/Users/${encodeURIComponent(id)}`);
  for (let round = 0; ; round++) {
    const changed = changedPaths(desired, current);
    if (changed.length === 0) return { ok: true, changed, etag };
    const headers: Record<string, string> = caps.etag && etag ? { "if-match": etag } : {};
    const result = caps.patch
      ? await lookup.client.request({ method: "PATCH", url, headers, body: patchBody(patchOperations(changed, desired, current)) }, item.trace)
      : await lookup.client.request({ method: "PUT", url, headers, body: { ...buildResource(desired), id } }, item.trace);
    if (result.status === 200 || result.status === 204) return { ok: true, changed, etag: etagOf(result) };
    if (result.status === 404) return { ok: false, notFound: true, result };
    if (result.status !== 412 || round >= 2) return { ok: false, notFound: false, result };
    // Someone changed the account since we last saw it: read it again and diff against that.
    const fresh = await lookup.client.request({ method: "GET", url }, item.trace);
    if (fresh.status === 404) return { ok: false, notFound: true, result: fresh };
    if (fresh.status !== 200) return { ok: false, notFound: false, result: fresh };
    const account = toAccount(fresh.body as Record<string, string>, lookup.paths, etagOf(fresh));
    current = { ...account.attributes, active: account.active };
    etag = account.etag;
  }
}
