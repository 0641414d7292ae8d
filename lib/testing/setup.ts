/**
 * vitest setup for code that runs inside Next.js: the request-bound pieces
 * (session cookie, headers, cache revalidation, next-intl's request config)
 * are replaced by plain stand-ins; everything else, the database included, is real.
 * Which user is "signed in" is set with `signInAs()` from ./session.
 */
import { vi } from "vitest";
import { testSession } from "./session";

vi.mock("@/lib/auth/session-user-id", () => ({
  getSessionUserId: async () => testSession.userId,
}));

vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (testSession.cookies.has(name) ? { name, value: testSession.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void testSession.cookies.set(name, value),
    delete: (name: string) => void testSession.cookies.delete(name),
    getAll: () => [...testSession.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers(testSession.headers),
}));

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  const translator = async (opts?: string | { locale?: string; namespace?: string }) => {
    const locale = (typeof opts === "object" && opts.locale) || testSession.locale;
    const namespace = typeof opts === "string" ? opts : opts?.namespace;
    const messages = await loadMessages(locale === "de" ? "de" : "en");
    return createTranslator({ locale, messages, namespace: namespace as never });
  };
  return { getLocale: async () => testSession.locale, getTranslations: translator };
});
