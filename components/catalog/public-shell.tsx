import Link from "next/link";
import type { ReactNode } from "react";
import type { T } from "@/lib/catalog/translator";
import type { Locale } from "@/lib/i18n/locales";
import { LocaleSwitcher } from "./locale-switcher";

/**
 * The public pages' frame: header with the catalog, "Request an integration", API docs,
 * the language switcher and "Sign in" (or "Open the app" when signed in).
 */
export function PublicShell({ locale, t, signedIn, children }: { locale: Locale; t: T; signedIn: boolean; children: ReactNode }) {
  const nav = "rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500";
  return (
    <div lang={locale} className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-6 py-3">
          <div className="flex items-center gap-4">
            <Link href="/" className="text-lg font-semibold text-indigo-700">
              {t("common.appName")}
            </Link>
            <nav aria-label={t("catalog.public.navigation")} className="flex gap-1">
              <Link href="/integrations" className={nav}>
                {t("shell.integrationsCatalog")}
              </Link>
              <Link href="/request-integration" className={nav}>
                {t("catalog.requestIntegration")}
              </Link>
              <Link href="/developers" className={nav}>
                {t("shell.developers")}
              </Link>
            </nav>
          </div>
          <div className="flex items-center gap-3">
            <LocaleSwitcher locale={locale} t={t} />
            {signedIn ? (
              <Link href="/home" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
                {t("catalog.public.openApp")}
              </Link>
            ) : (
              <Link href="/signin" className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100">
                {t("auth.signIn")}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-6 py-8">
        {children}
      </main>
    </div>
  );
}
