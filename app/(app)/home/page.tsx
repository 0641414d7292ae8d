import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticeList } from "@/components/notifications/notice-list";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { Card, PageHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/rights";

export const dynamic = "force-dynamic";

/** Every signed-in user's start page: the areas their rights open, or a clear note that there are none. */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) return null; // the (app) layout has already redirected
  const t = await getTranslations();
  const items = NAV_ITEMS.filter((item) => can(user.rights, item.ability));
  return (
    <>
      <PageHeader title={t("shell.welcome", { name: user.name })} description={t("shell.homeIntro")} />
      <NoticeList />
      {items.length === 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">{t("shell.noAccessHome")}</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <Link key={item.href} href={item.href} className="block focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
              <Card className="hover:border-indigo-300">
                <span className="font-medium">{t(item.labelKey as never)}</span>
              </Card>
            </Link>
          ))}
        </div>
      )}
    </>
  );
}
