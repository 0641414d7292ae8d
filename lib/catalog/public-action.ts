import "server-only";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState } from "@/lib/auth/protected-action";
import { authorize } from "@/lib/auth/authorize";
import { getCurrentUser, type SessionUser } from "@/lib/auth/current-user";
import type { Ability } from "@/lib/auth/rights";
import { AppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { formDataToObject, parseInput, type FieldErrors } from "@/lib/validations/parse";
import { clientAddress } from "./client-address";

/**
 * The public link of the action chain (public -> signed in -> organization-scoped):
 * anyone may call it; the signed-in user, if any, and the caller's address are
 * passed on. Same result shape as protectedAction. Field messages are keys
 * (`validation.*`) of the given message namespace; `rateLimited` of that namespace
 * answers a rate limit, with the minutes to wait. Given an ability, it is checked first
 * (lib/auth/authorize, the one helper), as protectedAction does.
 */
export function publicAction<S extends z.ZodType, T>(
  namespace: "demo" | "catalog",
  schema: S,
  handler: (input: z.output<S>, ctx: { user: SessionUser | null; address: string; locale: Locale }) => Promise<T>,
  options: { ability?: Ability } = {},
) {
  return async function action(first: unknown, second?: unknown): Promise<ActionState<T>> {
    const raw = second instanceof FormData ? second : first;
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const requested = await getLocale().catch(() => "en");
    const locale: Locale = isLocale(requested) ? requested : "en";
    const tErrors = await getTranslations({ locale, namespace: "errors" });
    const t = await getTranslations({ locale, namespace });
    try {
      // With an ability, the signed-in link of the chain: the one rights check comes first.
      const authorized = options.ability ? await authorize(options.ability) : undefined;
      const parsed = parseInput(schema, input, locale, (key) => t(key as never));
      if (!parsed.ok) {
        return { ok: false, code: "invalid_input", error: tErrors("invalid_input"), fieldErrors: parsed.fieldErrors, values: echo(input) };
      }
      const user = authorized ?? (await getCurrentUser());
      return { ok: true, data: await handler(parsed.data, { user, address: await clientAddress(), locale }) };
    } catch (error) {
      if (error instanceof AppError) {
        const message =
          error.code === "rate_limited"
            ? t("rateLimited" as never, { minutes: Math.ceil(Number(error.details?.retryAfterSeconds ?? 60) / 60) } as never)
            : error.code === "internal"
              ? tErrors("internal", { id: "-" })
              : tErrors(error.code);
        return { ok: false, code: error.code, error: message, fieldErrors: error.details?.fieldErrors as FieldErrors | undefined, values: echo(input) };
      }
      if (error && typeof error === "object" && "digest" in error) throw error;
      const id = randomUUID().slice(0, 8);
      console.error(JSON.stringify({ level: "error", msg: "public action failed", errorId: id, err: String(error) }));
      return { ok: false, code: "internal", error: tErrors("internal", { id }) };
    }
  };
}

/** What the user typed, so a failed form loses nothing (bounded, strings only). */
function echo(input: unknown): Record<string, unknown> | undefined {
  if (!input || typeof input !== "object") return undefined;
  return Object.fromEntries(
    Object.entries(input as Record<string, unknown>)
      .filter(([, v]) => typeof v === "string")
      .map(([k, v]) => [k, (v as string).slice(0, 5000)]),
  );
}
