import { z } from "zod";

/**
 * Text fields of the public forms: trimmed, bounded, and free of control
 * characters (PostgreSQL cannot store NUL; the rest only ever hides payloads).
 * Messages are keys resolved in the user's language (`validation.*` of the form's namespace).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F]/;
const MARKUP = /[<>]/;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** One line of text: no markup, no control characters. */
export function lineText(max: number) {
  return z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong")
    .refine((v) => !CONTROL_OR_NEWLINE.test(v), "validation.invalidCharacters")
    .refine((v) => !MARKUP.test(v), "validation.noMarkup");
}

/** Several lines of free text; markup is kept as text (React escapes it on output). */
export function multilineText(max: number) {
  return z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong")
    .refine((v) => !CONTROL.test(v), "validation.invalidCharacters");
}

export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(emptyToUndefined, schema.optional());
}

export const emailField = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const httpUrlField = z
  .string()
  .trim()
  .max(300, "validation.tooLong")
  .pipe(z.url({ protocol: /^https?$/, error: "validation.url" }));

/** A checkbox: "on" (HTML form) or true. */
export const checkbox = z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean());
