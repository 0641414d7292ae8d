"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { saveUserLocale } from "@/lib/users/save-user-locale";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/** The language switcher: anyone may choose; a signed-in user's choice is also saved on their account. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  const user = await getCurrentUser();
  if (user) await saveUserLocale(user, locale);
  revalidatePath("/", "layout");
}
