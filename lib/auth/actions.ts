import "server-only";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { requestClientAddress } from "@/lib/security/client-address";
import { formDataToObject, parseInput, type FieldErrors } from "@/lib/validations/parse";
import { authorize } from "./authorize";
import { getCurrentUser, type SessionUser } from "./current-user";
import type { Ability } from "./rights";

export type ActionState<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; code: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> }
  | null;

/**
 * The action chain, one link per kind of caller: public -> signed in -> organization-scoped.
 * Every server action is one of the two below and has the same steps: the rights check
 * (lib/auth/authorize, the one helper) first, then zod, then the lib/ function. Expected
 * errors come back as a message in the user's language beside the fields, with what the
 * user typed (never secrets); unexpected ones are logged with an error id and hidden.
 * Callable from a form (`useActionState`: (prevState, formData)) or directly with an object.
 */
function chainLink<S extends z.ZodType, T, U>(steps: {
  schema: S;
  /** Field messages are keys of this namespace (`validation.*`); it also words `rateLimited`. */
  namespace?: "demo" | "catalog";
  /** Runs before the input is read: throws when the caller may not act. */
  guard: () => Promise<U>;
  run: (input: z.output<S>, guarded: U, locale: Locale) => Promise<T>;
}) {
  return async function action(first: unknown, second?: unknown): Promise<ActionState<T>> {
    const raw = second instanceof FormData ? second : first;
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const requested = await getLocale().catch(() => "en");
    const locale: Locale = isLocale(requested) ? requested : "en";
    const tErrors = await getTranslations({ locale, namespace: "errors" });
    const t = await getTranslations({ locale, namespace: steps.namespace });
    try {
      const guarded = await steps.guard();
      const parsed = parseInput(steps.schema, input, locale, (key) => t(key as never));
      if (!parsed.ok) {
        return { ok: false, code: "invalid_input", error: tErrors("invalid_input"), fieldErrors: parsed.fieldErrors, values: echo(input) };
      }
      return { ok: true, data: await steps.run(parsed.data, guarded, locale) };
    } catch (error) {
      if (error instanceof AppError) {
        const message =
          error.code === "rate_limited" && steps.namespace
            ? t("rateLimited" as never, { minutes: Math.ceil(Number(error.details?.retryAfterSeconds ?? 60) / 60) } as never)
            : error.code === "internal"
              ? tErrors("internal", { id: "-" })
              : tErrors(error.code);
        return { ok: false, code: error.code, error: message, fieldErrors: error.details?.fieldErrors as FieldErrors | undefined, values: echo(input) };
      }
      // Next's redirect()/notFound() are thrown on purpose: let them through.
      if (error && typeof error === "object" && "digest" in error) throw error;
      const id = randomUUID().slice(0, 8);
      console.error(JSON.stringify({ level: "error", msg: "server action failed", errorId: id, err: String(error) }));
      return { ok: false, code: "internal", error: tErrors("internal", { id }) };
    }
  };
}

/** The organization-scoped link: only a signed-in user with `ability` may call it. */
export function protectedAction<S extends z.ZodType, T>(
  ability: Ability,
  schema: S,
  handler: (input: z.output<S>, ctx: { user: SessionUser }) => Promise<T>,
) {
  return chainLink({ schema, guard: () => authorize(ability), run: (input, user) => handler(input, { user }) });
}

/**
 * The public link: anyone may call it; the signed-in user, if any, and the caller's address
 * are passed on (for rate limits). Given an ability, it is the signed-in link instead.
 */
export function publicAction<S extends z.ZodType, T>(
  namespace: "demo" | "catalog",
  schema: S,
  handler: (input: z.output<S>, ctx: { user: SessionUser | null; address: string; locale: Locale }) => Promise<T>,
  options: { ability?: Ability } = {},
) {
  return chainLink({
    schema,
    namespace,
    guard: async () => (options.ability ? await authorize(options.ability) : null),
    run: async (input, authorized, locale) =>
      handler(input, { user: authorized ?? (await getCurrentUser()), address: await requestClientAddress(), locale }),
  });
}

/** What the user typed, so a failed form loses nothing: bounded strings, never a secret. */
function echo(input: unknown): Record<string, unknown> | undefined {
  if (!input || typeof input !== "object") return undefined;
  return Object.fromEntries(
    Object.entries(input as Record<string, unknown>)
      .filter(([key]) => !/(secret|token|password)/i.test(key))
      .map(([key, value]) => [key, typeof value === "string" ? value.slice(0, 5000) : value]),
  );
}
