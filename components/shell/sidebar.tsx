import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/rights";
import { LanguageSwitcher } from "./language-switcher";
import { NAV_ITEMS } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export async function Sidebar({ user }: { user: SessionUser }) {
  const t = await getTranslations();
  const items = NAV_ITEMS.filter((item) => can(user.rights, item.ability));
  return (
    <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white">
      <Link href="/" className="px-5 py-4 text-lg font-semibold text-indigo-700">
        {t("common.appName")}
      </Link>
      <nav aria-label={t("shell.navigation")} className="flex-1 px-3">
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
                {t(item.labelKey as never)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-3 border-t border-slate-200 p-4 text-xs text-slate-600">
        <p>
          <span className="block font-medium text-slate-800" data-testid="current-user">{user.name}</span>
          <span className="block">{user.organizationName}</span>
        </p>
        <LanguageSwitcher />
        <SignOutButton label={t("auth.signOut")} />
      </div>
    </aside>
  );
}
