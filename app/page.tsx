import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { getCurrentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

/** The front door: signed-in users go to their home, visitors see the public catalog and sign-in. */
export default async function FrontPage() {
  if (await getCurrentUser()) redirect("/home");
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto max-w-3xl px-6 py-24 text-center">
      <h1 className="text-4xl font-semibold text-slate-900">{t("labels.marketplace")}</h1>
      <p className="mt-4 text-slate-600">{t("shell.homeIntro")}</p>
      <div className="mt-8 flex justify-center gap-3">
        <Link href="/integrations" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">
          {t("shell.integrationsCatalog")}
        </Link>
        <Link href="/signin" className="rounded-md px-4 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100">
          {t("auth.signIn")}
        </Link>
      </div>
      <div className="mt-8 flex justify-center">
        <LanguageSwitcher />
      </div>
    </main>
  );
}
