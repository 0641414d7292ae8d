import type { ConnectorKind, ConnectorPreset } from "@/lib/catalog/integration-meta";
import { DEFAULT_SCIM_MAPPING, SOURCE_FIELDS, WEBHOOK_EVENTS, type SourceField } from "./settings";

/** The attribute mapping a SCIM target starts with: the kind's defaults, overridden by the catalog preset. */
export function defaultScimMapping(preset: ConnectorPreset): Record<string, SourceField> {
  const fromPreset = Object.entries(preset.defaultMapping ?? {}).filter((entry): entry is [string, SourceField] =>
    (SOURCE_FIELDS as readonly string[]).includes(entry[1]),
  );
  return { ...DEFAULT_SCIM_MAPPING, ...Object.fromEntries(fromPreset) };
}

/** What a new connection's settings hold before the wizard fills them in (never secrets). */
export function defaultSettings(kind: ConnectorKind, preset: ConnectorPreset): Record<string, unknown> {
  if (kind === "scim") {
    return {
      scope: { kind: "all" },
      mapping: defaultScimMapping(preset),
      leaverPolicy: "deactivate_on_last_day",
      syncOnEmployeeChange: true,
    };
  }
  if (kind === "webhook") {
    const events = (preset.events ?? []).filter((e) => (WEBHOOK_EVENTS as readonly string[]).includes(e));
    return { events: events.length > 0 ? events : [...WEBHOOK_EVENTS], scope: { kind: "all" }, syncOnEmployeeChange: true };
  }
  return {};
}
