import { z } from "zod";
import { DEMO_REQUEST_STATUSES } from "@/lib/demo-requests/update-demo-request-status";
import { checkbox, emailField, lineText, multilineText, optional } from "./text";

export const updateDemoRequestStatusSchema = z.object({
  id: z.uuid(),
  status: z.enum(DEMO_REQUEST_STATUSES),
});

export const COMPANY_SIZES = ["1-10", "11-50", "51-200", "201-500", "501-1000", "1001+"] as const;

/** "Request demo": what a prospect fills in on a detail page. `website` is the honeypot. */
export const demoRequestSchema = z.object({
  integration: z.string().max(100).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: lineText(120),
  email: emailField,
  company: lineText(160),
  companySize: z.enum(COMPANY_SIZES, "validation.companySize"),
  phone: optional(
    z
      .string()
      .trim()
      .max(40, "validation.tooLong")
      .regex(/^\+?[0-9 ()./-]{5,}$/, "validation.phone"),
  ),
  message: optional(multilineText(2000)),
  consent: checkbox.refine((v) => v === true, "validation.consent"),
  website: z.string().max(1000).optional(),
});
export type DemoRequestInput = z.output<typeof demoRequestSchema>;

/** The inbox's filters (URL): unknown values are dropped, never an error page. */
export const demoInboxQuerySchema = z.object({
  integration: z.uuid().optional().catch(undefined),
  status: z.enum(DEMO_REQUEST_STATUSES).optional().catch(undefined),
  after: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export type DemoInboxQuery = z.output<typeof demoInboxQuerySchema>;

/** "Help & Feedback" on a first-party integration. */
export const supportRequestSchema = z.object({
  integration: z.string().max(100).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  message: multilineText(4000),
});
