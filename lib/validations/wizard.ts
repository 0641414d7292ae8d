import { z } from "zod";
import { validateTargetUrl } from "@/lib/connections/validate-target-url";
import {
  EMPLOYMENT_TYPES,
  LEAVER_POLICIES,
  SOURCE_FIELDS,
  WEBHOOK_EVENTS,
} from "@/lib/connections/settings";

/**
 * What each wizard step's form posts, parsed from FormData. The stored shapes are
 * in lib/connections/settings.ts; these schemas turn form fields into them.
 * Messages starting with "validation." are keys of the validation namespace.
 */

/** FormData gives a string for one value and an array for several; always an array. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const targetUrl = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(2000)
  .superRefine((value, ctx) => {
    const check = validateTargetUrl(value);
    if (!check.ok) ctx.addIssue({ code: "custom", message: `validation.targetUrl_${check.problem}` });
  });

/** A bearer token or secret as typed: visible ASCII only (no spaces or line breaks that would break a header). */
const secretInput = z
  .string()
  .max(4000)
  .regex(/^[\x21-\x7e]*$/, "validation.tokenFormat");

/** "wizard": Next goes to the following step; "edit": Save stays on the connection's Settings tab. */
export const stepMode = z.enum(["wizard", "edit"]).default("wizard");

const base = { connectionId: z.uuid(), mode: stepMode };

export const consentSchema = z.object({
  slug: z.string().min(1).max(200),
  consent: z.preprocess((v) => v === "on" || v === true, z.literal(true, "validation.consentRequired")),
});

export const scimCredentialsSchema = z.object({
  ...base,
  intent: z.enum(["test", "save"]).default("save"),
  baseUrl: targetUrl,
  /** empty: keep the stored token */
  token: secretInput.optional().default(""),
});

export const scopeStepSchema = z
  .object({
    ...base,
    scopeKind: z.enum(["all", "filter"]),
    departments: list(z.string().min(1).max(200)),
    offices: list(z.string().min(1).max(200)),
    employmentTypes: list(z.enum(EMPLOYMENT_TYPES)),
  })
  .refine((s) => s.scopeKind === "all" || s.departments.length + s.offices.length + s.employmentTypes.length > 0, {
    message: "validation.scopeFilterEmpty",
    path: ["scopeKind"],
  });

/** The scope as the live count posts it (no connection needed). */
export const scopeCountSchema = z.object({
  scopeKind: z.enum(["all", "filter"]),
  departments: list(z.string().min(1).max(200)),
  offices: list(z.string().min(1).max(200)),
  employmentTypes: list(z.enum(EMPLOYMENT_TYPES)),
});

/** Mapping rows arrive as parallel lists: target[i] <- source[i]; empty targets are dropped. */
export const mappingStepSchema = z
  .object({
    ...base,
    target: list(z.string().trim().max(300)),
    source: list(z.enum(SOURCE_FIELDS)),
  })
  .transform((input, ctx) => {
    const mapping: Record<string, (typeof SOURCE_FIELDS)[number]> = {};
    input.target.forEach((target, i) => {
      if (!target) return;
      if (mapping[target] !== undefined) {
        ctx.addIssue({ code: "custom", message: "validation.mappingDuplicate", path: ["mapping"] });
      }
      mapping[target] = input.source[i] ?? "email";
    });
    if (mapping.userName === undefined) ctx.addIssue({ code: "custom", message: "validation.mappingNeedsUserName", path: ["mapping"] });
    return { connectionId: input.connectionId, mode: input.mode, mapping };
  });

export const scheduleStepSchema = z
  .object({
    ...base,
    frequency: z.enum(["30", "60", "daily"]),
    time: z.string().trim().optional().default(""),
    timezone: z.string().trim().max(64).optional().default("Europe/Berlin"),
    leaverPolicy: z.enum(LEAVER_POLICIES).optional(),
    syncOnEmployeeChange: checkbox,
  })
  .superRefine((s, ctx) => {
    if (s.frequency !== "daily") return;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(s.time)) ctx.addIssue({ code: "custom", message: "validation.timeFormat", path: ["time"] });
    if (!isTimeZone(s.timezone)) ctx.addIssue({ code: "custom", message: "validation.timezone", path: ["timezone"] });
  });

export const webhookEndpointSchema = z.object({
  ...base,
  intent: z.enum(["test", "save"]).default("save"),
  url: targetUrl,
});

export const webhookEventsSchema = z.object({
  ...base,
  events: list(z.enum(WEBHOOK_EVENTS)).pipe(z.array(z.enum(WEBHOOK_EVENTS)).min(1, "validation.eventsRequired")),
});

export const connectionRefSchema = z.object({ connectionId: z.uuid() });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}
