import de from "@/lib/i18n/messages/de/common.json";
import en from "@/lib/i18n/messages/en/common.json";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

/**
 * The page served with 503 while the database is unreachable: plain HTML with no
 * script, in the browser's language, reloading itself every 10 seconds.
 */
export function unavailablePage(acceptLanguage: string | null): string {
  const locale = localeFromAcceptLanguage(acceptLanguage) ?? "en";
  const t = locale === "de" ? de : en;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10"><title>${t.unavailableTitle}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1.5rem;color:#0f172a}p{color:#475569}</style></head>
<body><main><h1>${t.unavailableTitle}</h1><p>${t.unavailableText}</p></main></body></html>`;
}
