import { z } from "zod";

export type Locale = "en" | "de";
export type FieldErrors = Record<string, string>;

const zodLocales = { en: z.locales.en().localeError, de: z.locales.de().localeError };

/** FormData to a plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], v);
    else out[key] = v;
  }
  return out;
}

/**
 * Parses with zod and returns field errors in the user's language. A schema may
 * carry its own message as a message key (`validation.<name>`); `translate` resolves those.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  translate: (key: string) => string = (key) => key,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: FieldErrors } {
  const result = schema.safeParse(input, { error: zodLocales[locale] });
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (fieldErrors[field]) continue;
    fieldErrors[field] = issue.message.startsWith("validation.") ? translate(issue.message) : issue.message;
  }
  return { ok: false, fieldErrors };
}
