import type { Attributes, AttributeValue } from "@/lib/sync/engine/types";

/**
 * SCIM attribute paths of a mapping (RFC 7644 §3.10), as far as a mapping uses them:
 *   userName | name.givenName | emails[type eq "work"].value
 *   urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department | ...:manager.value
 * Turned into a resource for POST/PUT, read back from a resource, and diffed into PATCH operations.
 */
export type ScimPath = { urn: string | null; attr: string; filter: { attr: string; value: string } | null; sub: string | null };

export const CORE_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

const PATH = /^(?:(urn:\S+):)?([A-Za-z$][\w$-]*)(?:\[(\w+) eq "([^"]*)"\])?(?:\.([A-Za-z$][\w$-]*))?$/;
const cache = new Map<string, ScimPath | null>();

export function parsePath(path: string): ScimPath | null {
  if (!cache.has(path)) {
    const m = PATH.exec(path);
    cache.set(path, m ? { urn: m[1] ?? null, attr: m[2], filter: m[3] ? { attr: m[3], value: m[4] } : null, sub: m[5] ?? null } : null);
  }
  return cache.get(path)!;
}

type Json = Record<string, unknown>;

function container(resource: Json, path: ScimPath, create: boolean): Json | undefined {
  if (!path.urn) return resource;
  if (!resource[path.urn] && create) resource[path.urn] = {};
  return resource[path.urn] as Json | undefined;
}

/** The resource body for POST / PUT: every non-null mapped attribute, extension schemas declared. */
export function buildResource(attributes: Attributes): Json {
  const resource: Json = { schemas: [CORE_USER_SCHEMA] };
  for (const [raw, value] of Object.entries(attributes)) {
    const path = parsePath(raw);
    if (!path || value === null) continue;
    if (path.urn && !(resource.schemas as string[]).includes(path.urn)) (resource.schemas as string[]).push(path.urn);
    const target = container(resource, path, true)!;
    if (path.filter) {
      const list = (target[path.attr] ??= []) as Json[];
      let entry = list.find((e) => e[path.filter!.attr] === path.filter!.value);
      if (!entry) {
        entry = { [path.filter.attr]: path.filter.value, ...(list.length === 0 && path.attr === "emails" ? { primary: true } : {}) };
        list.push(entry);
      }
      entry[path.sub ?? "value"] = value;
    } else if (path.sub) {
      ((target[path.attr] ??= {}) as Json)[path.sub] = value;
    } else {
      target[path.attr] = value;
    }
  }
  return resource;
}

function normalize(value: unknown): AttributeValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** Reads the mapped attributes back from a target resource. */
export function readAttributes(resource: Json, paths: string[]): Attributes {
  const attributes: Attributes = {};
  for (const raw of paths) {
    const path = parsePath(raw);
    if (!path) continue;
    const source = container(resource, path, false);
    let value: unknown = source?.[path.attr];
    if (path.filter) {
      const entry = Array.isArray(value) ? (value as Json[]).find((e) => e?.[path.filter!.attr] === path.filter!.value) : undefined;
      value = entry?.[path.sub ?? "value"];
    } else if (path.sub) {
      value = value && typeof value === "object" ? (value as Json)[path.sub] : undefined;
    }
    attributes[raw] = normalize(value);
  }
  return attributes;
}

/** userName and emails compare case-insensitively in SCIM (caseExact false). */
function same(path: string, a: AttributeValue, b: AttributeValue): boolean {
  if (typeof a === "string" && typeof b === "string" && (path === "userName" || path.startsWith("emails"))) {
    return a.toLowerCase() === b.toLowerCase();
  }
  return a === b;
}

/** The mapped paths whose desired value differs from `current` (attributes no longer mapped are left alone). */
export function changedPaths(desired: Attributes, current: Attributes | null | undefined): string[] {
  return Object.keys(desired).filter((path) => !same(path, desired[path], current?.[path] ?? null));
}

type PatchOperation = { op: "add" | "replace" | "remove"; path: string; value?: unknown };

/**
 * PATCH operations for the changed paths only. Sub-attributes of a complex attribute go
 * as one "replace" of the complex attribute with the changed sub-attributes (which
 * leaves the others alone, RFC 7644 §3.5.2.3); a filtered multi-valued entry is replaced
 * in place when the target has it, else added.
 */
export function patchOperations(changed: string[], desired: Attributes, current: Attributes | null | undefined): PatchOperation[] {
  const ops: PatchOperation[] = [];
  const complex = new Map<string, Json>();
  for (const raw of changed) {
    const path = parsePath(raw);
    if (!path) continue;
    const prefix = path.urn ? `${path.urn}:${path.attr}` : path.attr;
    const value = desired[raw];
    if (path.filter) {
      const filtered = `${prefix}[${path.filter.attr} eq "${path.filter.value}"]`;
      if (value === null) ops.push({ op: "remove", path: filtered });
      else if ((current?.[raw] ?? null) !== null) ops.push({ op: "replace", path: `${filtered}.${path.sub ?? "value"}`, value });
      else ops.push({ op: "add", path: prefix, value: [{ [path.filter.attr]: path.filter.value, [path.sub ?? "value"]: value }] });
    } else if (path.sub) {
      if (value === null) ops.push({ op: "remove", path: `${prefix}.${path.sub}` });
      else {
        if (!complex.has(prefix)) complex.set(prefix, {});
        complex.get(prefix)![path.sub] = value;
      }
    } else if (value === null) {
      ops.push({ op: "remove", path: prefix });
    } else {
      ops.push({ op: "replace", path: prefix, value });
    }
  }
  for (const [path, value] of complex) ops.push({ op: "replace", path, value });
  return ops;
}

export function patchBody(ops: PatchOperation[]): Json {
  return { schemas: [PATCH_OP_SCHEMA], Operations: ops };
}
