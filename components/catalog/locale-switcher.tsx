import { setCatalogLocaleAction } from "@/app/(public)/integrations/actions";
import type { T } from "@/lib/catalog/translator";
import type { Locale } from "@/lib/i18n/locales";

/** The public pages' language switcher: the language is a prop (cached pages are rendered per language). Works without JavaScript. */
export function LocaleSwitcher({ locale, t }: { locale: Locale; t: T }) {
  return (
    <form action={setCatalogLocaleAction} className="flex items-center gap-1 text-xs" aria-label={t("common.language")}>
      {(["en", "de"] as const).map((value) => (
        <button
          key={value}
          type="submit"
          name="locale"
          value={value}
          aria-pressed={locale === value}
          lang={value}
          className={`rounded px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
            locale === value ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-200"
          }`}
        >
          {value === "en" ? t("common.english") : t("common.german")}
        </button>
      ))}
    </form>
  );
}
