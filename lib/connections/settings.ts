import { z } from "zod";

/**
 * The settings a connection stores (jsonb, never secrets) and its secrets (encrypted),
 * per connector kind. The wizard writes them, the sync engine reads them: this file is
 * the contract between the two.
 */

export const EMPLOYMENT_TYPES = ["full_time", "part_time", "contractor", "intern"] as const;

/** Which employees a connection syncs. */
export const employeeScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({
    kind: z.literal("filter"),
    departments: z.array(z.string().min(1).max(200)).max(200).default([]),
    offices: z.array(z.string().min(1).max(200)).max(200).default([]),
    employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)).default([]),
  }),
]);
export type EmployeeScope = z.infer<typeof employeeScopeSchema>;

/** Employee fields a mapping may read (see lib/sync/map-employee.ts). */
export const SOURCE_FIELDS = [
  "id",
  "employeeNumber",
  "email",
  "firstName",
  "lastName",
  "displayName",
  "position",
  "department",
  "office",
  "phone",
  "employmentType",
  "managerExternalId",
  "active",
] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** SCIM attribute path -> employee field. Defaults per target come from the catalog preset. */
export const DEFAULT_SCIM_MAPPING: Record<string, SourceField> = {
  userName: "email",
  externalId: "id",
  "name.givenName": "firstName",
  "name.familyName": "lastName",
  displayName: "displayName",
  "emails[type eq \"work\"].value": "email",
  title: "position",
  active: "active",
  [`${ENTERPRISE}:employeeNumber`]: "employeeNumber",
  [`${ENTERPRISE}:department`]: "department",
  [`${ENTERPRISE}:manager.value`]: "managerExternalId",
};

export const attributeMappingSchema = z
  .record(z.string().min(1).max(300), z.enum(SOURCE_FIELDS))
  .refine((m) => m.userName !== undefined, { message: "validation.mappingNeedsUserName" });

export const scheduleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("interval"), minutes: z.coerce.number().int().min(15).max(1440) }),
  z.object({
    kind: z.literal("daily"),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    timezone: z.string().min(1).max(64).default("Europe/Berlin"),
  }),
]);

/** What happens to leavers: deactivate on their last day (default), or the day after, or never. */
export const LEAVER_POLICIES = ["deactivate_on_last_day", "deactivate_after_last_day", "keep_active"] as const;

export const scimSettingsSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }).max(2000),
  scope: employeeScopeSchema.default({ kind: "all" }),
  mapping: attributeMappingSchema.default(DEFAULT_SCIM_MAPPING),
  leaverPolicy: z.enum(LEAVER_POLICIES).default("deactivate_on_last_day"),
  /** sync soon after an employee changes */
  syncOnEmployeeChange: z.boolean().default(true),
  /** override of the catalog preset's request budget */
  requestsPerSecond: z.number().positive().max(1000).optional(),
});
export type ScimSettings = z.infer<typeof scimSettingsSchema>;
export const scimSecretsSchema = z.object({ token: z.string().min(1).max(4000) });
export type ScimSecrets = z.infer<typeof scimSecretsSchema>;

export const WEBHOOK_EVENTS = ["employee.provisioned", "employee.updated", "employee.deactivated"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const webhookSettingsSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).default([...WEBHOOK_EVENTS]),
  scope: employeeScopeSchema.default({ kind: "all" }),
  syncOnEmployeeChange: z.boolean().default(true),
  requestsPerSecond: z.number().positive().max(1000).optional(),
});
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;
/** Standard Webhooks secret: "whsec_" + base64 of 24-64 random bytes. */
export const webhookSecretsSchema = z.object({ signingSecret: z.string().startsWith("whsec_") });
export type WebhookSecrets = z.infer<typeof webhookSecretsSchema>;

/** Partner connections: the API credential issued by the wizard. */
export const partnerSettingsSchema = z.object({ credentialId: z.uuid().optional() });
