import type { ConnectorKind } from "@/lib/catalog/integration-meta";
import { defaultScimMapping } from "./default-settings";
import {
  attributeMappingSchema,
  DEFAULT_SCIM_MAPPING,
  employeeScopeSchema,
  LEAVER_POLICIES,
  WEBHOOK_EVENTS,
  type EmployeeScope,
  type SourceField,
  type WebhookEvent,
} from "./settings";
import type { ConnectorPreset } from "@/lib/catalog/integration-meta";

export type SettingsView = {
  baseUrl: string;
  url: string;
  scope: EmployeeScope;
  mapping: Record<string, SourceField>;
  leaverPolicy: (typeof LEAVER_POLICIES)[number];
  syncOnEmployeeChange: boolean;
  events: WebhookEvent[];
  credentialId: string | null;
};

/** jsonb does not keep key order: show the mapping in the defaults' order, then the rest alphabetically. */
function orderMapping(mapping: Record<string, SourceField>): Record<string, SourceField> {
  const known = Object.keys(DEFAULT_SCIM_MAPPING);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  return Object.fromEntries(Object.entries(mapping).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

/**
 * A connection's settings as the wizard and Settings tab show them: what is stored,
 * each field falling back to its default while the wizard has not reached it yet.
 */
export function readSettings(kind: ConnectorKind, preset: ConnectorPreset, settings: Record<string, unknown>): SettingsView {
  const scope = employeeScopeSchema.safeParse(settings.scope);
  const mapping = attributeMappingSchema.safeParse(settings.mapping);
  const events = Array.isArray(settings.events)
    ? settings.events.filter((e): e is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(e))
    : [...WEBHOOK_EVENTS];
  return {
    baseUrl: typeof settings.baseUrl === "string" ? settings.baseUrl : "",
    url: typeof settings.url === "string" ? settings.url : "",
    scope: scope.success ? scope.data : { kind: "all" },
    mapping: orderMapping(mapping.success ? mapping.data : kind === "scim" ? defaultScimMapping(preset) : {}),
    leaverPolicy: LEAVER_POLICIES.find((p) => p === settings.leaverPolicy) ?? "deactivate_on_last_day",
    syncOnEmployeeChange: settings.syncOnEmployeeChange !== false,
    events,
    credentialId: typeof settings.credentialId === "string" ? settings.credentialId : null,
  };
}
