import "server-only";
import { _createCache, _createIntlFormatters, createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

export type T = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<Locale, Promise<T>>();

/**
 * A translator for an explicit language. The cached public pages are rendered once
 * per language (the language is part of their path, not read from the request), so
 * they cannot use the request's next-intl configuration. One per language and
 * process, with next-intl's formatter cache: compiled messages are reused across
 * requests instead of parsed on every call (a catalog page makes a few hundred).
 */
export function translatorFor(locale: Locale): Promise<T> {
  let translator = translators.get(locale);
  if (!translator) {
    translator = loadMessages(locale).then((messages) => {
      const cache = _createCache();
      const t = createTranslator({ locale, messages, _cache: cache, _formatters: _createIntlFormatters(cache) }) as unknown as T;
      // Formatted texts are memoized (bounded: cleared when full, as values may come from users).
      const memo = new Map<string, string>();
      return (key: string, values?: Record<string, string | number>) => {
        const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
        let text = memo.get(id);
        if (text === undefined) {
          if (memo.size >= 5000) memo.clear();
          memo.set(id, (text = t(key, values)));
        }
        return text;
      };
    });
    translators.set(locale, translator);
  }
  return translator;
}

/** The request's language (switcher cookie, saved choice, browser), for the dynamic pages. */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}
