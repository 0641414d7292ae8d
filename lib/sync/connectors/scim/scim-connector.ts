import { DEFAULT_SCIM_MAPPING, type SourceField } from "@/lib/connections/settings";
import { mapAttributes } from "@/lib/sync/engine/map-employee";
import type { TargetClient } from "@/lib/sync/engine/target-client";
import { errorCodeFor } from "@/lib/sync/engine/sync-errors";
import { newTrace, type Attributes, type LinkWrite, type Operation, type Outcome } from "@/lib/sync/engine/types";
import type { HttpResult } from "@/lib/sync/http";
import type { Connector, ConnectorItem, MatchOutcome, RemoteAccount } from "../types";
import { discoverCapabilities, type ScimCapabilities } from "./scim-discovery";
import { findAccounts, lookupOne, toAccount, type ScimLookup } from "./scim-match";
import { buildResource } from "./scim-paths";
import { scimErrorMessage, scimUrl } from "./scim-url";
import { writeAccount } from "./scim-write";

function failed(operation: Operation, result: HttpResult, prefix = ""): Outcome {
  return { operation, status: "failed", message: `${prefix}${scimErrorMessage(result.status, result.body)}`, errorCode: errorCodeFor(result.status, result.body), exchange: result.exchange };
}

function fromMatch(operation: Operation, match: Extract<MatchOutcome, { kind: "failed" }>, prefix = ""): Outcome {
  return { operation, status: "failed", message: `${prefix}${match.message}`, errorCode: match.errorCode, exchange: match.exchange };
}

const names = (paths: string[]) => paths.map((p) => p.replace(/^urn:\S+:/, "").replace(/\[.*\]/, "")).join(", ");

/** SCIM 2.0 (RFC 7643/7644) user provisioning. */
export function createScimConnector(options: {
  baseUrl: string;
  mapping: Record<string, SourceField> | null;
  client: TargetClient;
  concurrency: number;
}): Connector {
  const mapping = options.mapping ?? DEFAULT_SCIM_MAPPING;
  const paths = [...Object.keys(mapping), ...(mapping.active ? [] : ["active"])];
  const lookup: ScimLookup = { client: options.client, baseUrl: options.baseUrl, paths, mapsExternalId: mapping.externalId !== undefined };
  const lookupState = { combined: true, concurrency: Math.max(1, Math.ceil(options.concurrency / 2)) };
  let discovery: Promise<ScimCapabilities> | null = null;
  // Discovery happens on the first call only: a run with nothing to do sends no request at all.
  const caps = () => {
    discovery ??= discoverCapabilities(options.client, options.baseUrl, newTrace());
    return discovery;
  };
  const linkWrite = (id: string, item: ConnectorItem, pushed: Attributes, etag: string | null, userName?: string | null): LinkWrite => ({
    externalId: id,
    externalUserName: userName ?? (typeof item.desired.userName === "string" ? item.desired.userName : null),
    pushedAttributes: pushed,
    active: pushed.active !== false,
    etag,
  });

  const connector: Connector = {
    kind: "scim",
    mapAttributes: (values) => mapAttributes(mapping, values),
    isLinked: (link) => Boolean(link?.externalId),
    validate(desired) {
      if (typeof desired.userName === "string" && desired.userName) return null;
      return mapping.userName === "email"
        ? { errorCode: "validation.missing_email", message: "The employee has no work email, which this connection uses as userName." }
        : { errorCode: "validation.missing_username", message: `The employee has no value for userName (mapped from ${mapping.userName}).` };
    },

    async findExisting(items) {
      const capabilities = await caps();
      if (!capabilities.filter) return new Map(items.map((item) => [item.employee.id, { kind: "none" } as MatchOutcome]));
      return findAccounts(lookup, items, lookupState);
    },

    async provision(item) {
      await caps();
      const result = await options.client.request({ method: "POST", url: scimUrl(options.baseUrl, "/Users"), body: buildResource(item.desired) }, item.trace);
      const body = (result.body ?? {}) as { id?: string; userName?: string; meta?: { version?: string } };
      if ((result.status === 201 || result.status === 200) && body.id) {
        const etag = result.headers.get("etag") ?? body.meta?.version ?? null;
        return { operation: "provision", status: "succeeded", message: `Created the account ${body.userName ?? item.desired.userName} (id ${body.id})`, errorCode: null, link: linkWrite(body.id, item, item.desired, etag, body.userName) };
      }
      if (result.status !== 409) return failed("provision", result);
      // The account exists after all (a lookup missed it, or it was created meanwhile): find it and link.
      const conflict = scimErrorMessage(result.status, result.body);
      const match = await lookupOne(lookup, item);
      if (match.kind === "one") {
        const linked = await connector.link(item, match.account, match.by);
        return { ...linked, message: `The target answered ${conflict}; ${linked.message.charAt(0).toLowerCase()}${linked.message.slice(1)}` };
      }
      if (match.kind === "failed") return fromMatch("provision", match, `The target answered ${conflict}; `);
      return failed("provision", result);
    },

    async link(item, account: RemoteAccount, by) {
      const capabilities = await caps();
      const current = { ...account.attributes, active: account.active };
      const write = await writeAccount({ lookup, caps: capabilities, item, id: account.id, etag: account.etag, desired: item.desired, current });
      if (!write.ok) return failed("link", write.result, `Found the existing account ${account.userName ?? account.id} by ${by} but could not update it: `);
      const what = write.changed.length ? `updated ${names(write.changed)}` : "it was already up to date";
      return {
        operation: "link",
        status: "succeeded",
        message: `Linked the existing account ${account.userName ?? ""} (id ${account.id}, matched by ${by}); ${what}`,
        errorCode: null,
        link: linkWrite(account.id, item, item.desired, write.etag ?? account.etag, account.userName),
      };
    },

    async update(item, { reactivate }) {
      const capabilities = await caps();
      const link = item.link!;
      let current = link.pushedAttributes as Attributes | null;
      let etag = link.etag;
      let write: Awaited<ReturnType<typeof writeAccount>>;
      if (!current) {
        // No record of what was pushed (a link made elsewhere): diff against the account itself.
        const fresh = await options.client.request({ method: "GET", url: scimUrl(options.baseUrl, `/Users/${encodeURIComponent(link.externalId!)}`) }, item.trace);
        if (fresh.status !== 200 && fresh.status !== 404) return failed("update", fresh);
        if (fresh.status === 200) {
          const account = toAccount(fresh.body as Record<string, string>, paths, fresh.headers.get("etag"));
          current = { ...account.attributes, active: account.active };
          etag = account.etag;
        }
        write = fresh.status === 404 ? { ok: false, notFound: true, result: fresh } : await writeAccount({ lookup, caps: capabilities, item, id: link.externalId!, etag, desired: item.desired, current: current! });
      } else {
        write = await writeAccount({ lookup, caps: capabilities, item, id: link.externalId!, etag, desired: item.desired, current });
      }
      if (write.ok) {
        if (write.changed.length === 0) return { operation: null, status: "skipped", message: "Up to date", errorCode: null, link: linkWrite(link.externalId!, item, item.desired, write.etag) };
        const others = write.changed.filter((p) => p !== "active");
        const message = reactivate
          ? `Reactivated the account (rehire)${others.length ? ` and updated ${names(others)}` : ""}`
          : `Updated ${names(write.changed)}`;
        return { operation: "update", status: "succeeded", message, errorCode: null, link: linkWrite(link.externalId!, item, item.desired, write.etag) };
      }
      if (!write.notFound) return failed("update", write.result);
      // 404: the linked account is gone; match again before creating a new one.
      const gone = `The linked account ${link.externalId} no longer exists (404); `;
      const match = await lookupOne(lookup, item);
      if (match.kind === "failed") return fromMatch("link", match, gone);
      const outcome = match.kind === "one" ? await connector.link(item, match.account, match.by) : await connector.provision(item);
      return { ...outcome, message: `${gone}${outcome.message.charAt(0).toLowerCase()}${outcome.message.slice(1)}` };
    },

    async deactivate(item, { reason }) {
      const capabilities = await caps();
      const link = item.link!;
      const pushed = (link.pushedAttributes ?? {}) as Attributes;
      const base = pushed.userName ? pushed : item.desired;
      const target = { ...base, active: false };
      const write = await writeAccount({ lookup, caps: capabilities, item, id: link.externalId!, etag: link.etag, desired: target, current: { ...base, active: true } });
      if (write.ok) {
        return { operation: "deactivate", status: "succeeded", message: `Deactivated the account: ${reason}`, errorCode: null, link: linkWrite(link.externalId!, item, target, write.etag, link.externalUserName) };
      }
      if (write.notFound) {
        return { operation: "deactivate", status: "succeeded", message: `The account no longer exists in the target (404); nothing to deactivate (${reason})`, errorCode: null, exchange: write.result.exchange, link: linkWrite(link.externalId!, item, target, null, link.externalUserName) };
      }
      return failed("deactivate", write.result);
    },
  };
  return connector;
}
