import { createHash } from "node:crypto";
import { SOURCE_FIELDS, type SourceField } from "@/lib/connections/settings";
import type { Attributes, SourceEmployee } from "./types";

export type SourceValues = Record<SourceField, string | boolean | null>;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The values a mapping may read for one employee. `active` is the engine's decision, not a column. */
export function sourceValues(employee: SourceEmployee, options: { active: boolean; managerExternalId: string | null }): SourceValues {
  return {
    id: employee.id,
    employeeNumber: String(employee.employeeNumber),
    email: text(employee.email),
    firstName: text(employee.firstName),
    lastName: text(employee.lastName),
    displayName: text(`${employee.firstName ?? ""} ${employee.lastName ?? ""}`),
    position: text(employee.position),
    department: text(employee.department),
    office: text(employee.office),
    phone: text(employee.phone),
    employmentType: employee.employmentType,
    managerExternalId: options.managerExternalId,
    active: options.active,
  };
}

/** Target attribute -> value by the mapping; `active` is always included, the engine manages it. */
export function mapAttributes(mapping: Record<string, SourceField>, values: SourceValues): Attributes {
  const attributes: Attributes = {};
  for (const [path, field] of Object.entries(mapping)) attributes[path] = values[field] ?? null;
  attributes.active = values.active;
  return attributes;
}

/** A stable hash of mapped attributes (key order does not matter): "what was last pushed". */
export function hashAttributes(attributes: Attributes): string {
  // Runs for every employee of every run: one string, no intermediate arrays.
  const keys = Object.keys(attributes).sort();
  let canonical = "";
  for (const key of keys) canonical += `${JSON.stringify(key)}:${JSON.stringify(attributes[key])}\n`;
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 32);
}

const FIELDS = new Set<string>(SOURCE_FIELDS);

/**
 * A mapping from settings or a catalog preset, with fields in either spelling
 * ("first_name" in presets, "firstName" in settings); unknown fields are dropped.
 */
export function normalizeMapping(raw: Record<string, string> | undefined | null): Record<string, SourceField> | null {
  if (!raw) return null;
  const mapping: Record<string, SourceField> = {};
  for (const [path, field] of Object.entries(raw)) {
    const camel = field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const known = FIELDS.has(field) ? field : FIELDS.has(camel) ? camel : camel === "manager" ? "managerExternalId" : null;
    if (known) mapping[path] = known as SourceField;
  }
  return mapping.userName ? mapping : null;
}
