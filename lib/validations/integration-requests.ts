import { z } from "zod";
import { checkbox, emailField, httpUrlField, lineText, multilineText, optional } from "./text";

export const INTEGRATION_REQUEST_STATUSES = ["under_review", "planned", "available"] as const;
export type IntegrationRequestStatus = (typeof INTEGRATION_REQUEST_STATUSES)[number];

/** "Request an integration". `notifyEmail` is for anonymous requesters; `homepage` is the honeypot. */
export const integrationRequestSchema = z.object({
  toolName: lineText(80),
  website: optional(httpUrlField),
  description: multilineText(2000),
  notify: checkbox,
  notifyEmail: optional(emailField),
  homepage: z.string().max(1000).optional(),
});
export type IntegrationRequestInput = z.output<typeof integrationRequestSchema>;

export const voteSchema = z.object({ id: z.uuid(), notify: checkbox });

export const integrationRequestStatusSchema = z.object({ id: z.uuid(), status: z.enum(INTEGRATION_REQUEST_STATUSES) });

export const integrationRequestListSchema = z.object({
  status: z.enum(INTEGRATION_REQUEST_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
