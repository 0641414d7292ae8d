"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { publicAction } from "@/lib/auth/actions";
import { saveUserLocale } from "@/lib/users/save-user-locale";
import { notifyProviderOfDemoRequest } from "@/lib/demo-requests/notify-provider";
import { submitDemoRequest } from "@/lib/demo-requests/submit-demo-request";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { demoRequestSchema } from "@/lib/validations/demo-requests";

const schema = demoRequestSchema.extend({ context: z.enum(["app", "public"]).catch("public") });

/** "Request demo" from a detail page (public or in-app): stored, the provider notified, then the confirmation page. */
export const requestDemoAction = publicAction("demo", schema, async (input, { address, locale }) => {
  const result = await submitDemoRequest({ input, address, locale });
  if (result?.created) {
    const id = result.id;
    after(() => notifyProviderOfDemoRequest(id).catch((err) => console.error(JSON.stringify({ level: "error", msg: "demo notification failed", err: String(err) }))));
  }
  redirect(input.context === "app" ? "/marketplace/demo-requested" : "/integrations/demo-requested");
});

/**
 * The language switcher of the public pages. Unlike the app-wide switcher it does not
 * revalidate every cached page: the cached catalog is per language already, and setting
 * the cookie in an action makes the browser's router fetch the page again.
 */
export async function setCatalogLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  const user = await getCurrentUser();
  if (user) await saveUserLocale(user, locale);
}
