import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions";

/** Works without JavaScript: one button per language. */
export async function LanguageSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={setLocale} className="flex items-center gap-1 text-xs" aria-label={t("language")}>
      {(["en", "de"] as const).map((value) => (
        <button
          key={value}
          type="submit"
          name="locale"
          value={value}
          aria-pressed={locale === value}
          className={`rounded px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
            locale === value ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-200"
          }`}
        >
          {value === "en" ? t("english") : t("german")}
        </button>
      ))}
    </form>
  );
}
