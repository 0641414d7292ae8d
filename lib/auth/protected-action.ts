import "server-only";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { formDataToObject, parseInput, type FieldErrors } from "@/lib/validations/parse";
import { authorize } from "./authorize";
import type { SessionUser } from "./current-user";
import type { Ability } from "./rights";

export type ActionState<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; code: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> }
  | null;

/**
 * Every server action has this shape: authorize (the one helper), parse with zod,
 * call the lib/ function. Expected errors come back as a message in the user's
 * language; unexpected ones are logged with an error id and hidden from the user.
 * Callable from a form (`useActionState`: (prevState, formData)) or directly with an object.
 */
export function protectedAction<S extends z.ZodType, T>(
  ability: Ability,
  schema: S,
  handler: (input: z.output<S>, ctx: { user: SessionUser }) => Promise<T>,
) {
  return async function action(first: unknown, second?: unknown): Promise<ActionState<T>> {
    const raw = second instanceof FormData ? second : first;
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const locale = await getLocale().catch(() => "en");
    const tErrors = await getTranslations({ locale, namespace: "errors" });
    const t = await getTranslations({ locale });
    try {
      const user = await authorize(ability);
      const parsed = parseInput(schema, input, isLocale(locale) ? locale : "en", (key) => t(key as never));
      if (!parsed.ok) {
        return { ok: false, code: "invalid_input", error: tErrors("invalid_input"), fieldErrors: parsed.fieldErrors, values: safeValues(input) };
      }
      return { ok: true, data: await handler(parsed.data, { user }) };
    } catch (error) {
      if (error instanceof AppError) {
        const message = error.code === "internal" ? tErrors("internal", { id: "-" }) : tErrors(error.code);
        return { ok: false, code: error.code, error: message, fieldErrors: error.details?.fieldErrors as FieldErrors | undefined, values: safeValues(input) };
      }
      // Next's redirect()/notFound() are thrown on purpose: let them through.
      if (error && typeof error === "object" && "digest" in error) throw error;
      const id = randomUUID().slice(0, 8);
      console.error(JSON.stringify({ level: "error", msg: "server action failed", errorId: id, err: String(error) }));
      return { ok: false, code: "internal", error: tErrors("internal", { id }) };
    }
  };
}

/** Echo back what the user typed so a failed form loses nothing, except secrets. */
function safeValues(input: unknown): Record<string, unknown> | undefined {
  if (!input || typeof input !== "object") return undefined;
  return Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(([key]) => !/(secret|token|password)/i.test(key)),
  );
}
