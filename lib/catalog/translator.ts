import "server-only";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

export type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * A translator for an explicit language. The cached public pages are rendered
 * once per language (the language is part of their path, not read from the
 * request), so they cannot use the request's next-intl configuration.
 */
export const translatorFor = cache(async (locale: Locale): Promise<T> => {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
});

/** The request's language (switcher cookie, saved choice, browser), for the dynamic pages. */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}
