import { z } from "zod";
import { API_SCOPES } from "@/lib/api/scopes";
import { API_EMPLOYEE_FIELDS } from "@/lib/api/employee-fields";

/** Forms of the API credentials page (server actions). Checkbox groups arrive as a string or an array. */

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(50));

export const credentialFormSchema = z.object({
  name: z.string().trim().max(100),
  scopes: list(z.enum(API_SCOPES)),
  fieldAccess: z.enum(["all", "selected"]).default("all"),
  employeeFields: list(z.enum(API_EMPLOYEE_FIELDS)),
});
export type CredentialForm = z.output<typeof credentialFormSchema>;

export const createCredentialSchema = credentialFormSchema.extend({
  /** optional: the partner integration's connection these credentials report syncs for */
  connectionId: z.union([z.literal(""), z.uuid()]).optional().transform((value) => value || null),
});
export const updateCredentialSchema = credentialFormSchema.extend({ id: z.uuid() });
export const credentialIdSchema = z.object({ id: z.uuid() });

/**
 * What zod cannot say well: the checks a person needs explained. Returns message keys
 * of the `api` namespace per field, all at once.
 */
export function credentialFormProblems(input: CredentialForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!input.name) problems.name = "form.nameRequired";
  if (input.scopes.length === 0) problems.scopes = "form.scopesRequired";
  if (input.fieldAccess === "selected" && input.employeeFields.length === 0) problems.employeeFields = "form.fieldsRequired";
  return problems;
}

/** null = every field (the column's meaning); otherwise the chosen fields, deduplicated. */
export function employeeFieldsFromForm(input: CredentialForm): string[] | null {
  return input.fieldAccess === "all" ? null : [...new Set(input.employeeFields)];
}
