import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SignInForm } from "./_components/sign-in-form";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never an open redirect.
  const target = safeCallbackUrl(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const t = await getTranslations("auth");
  return (
    <main id="main" className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-6 text-xl font-semibold">{t("signInTitle")}</h1>
      <SignInForm
        callbackUrl={target}
        labels={{ email: t("email"), password: t("password"), submit: t("signIn"), invalid: t("invalidCredentials"), throttled: t("tooManyAttempts") }}
      />
      <div className="mt-6 flex justify-end">
        <LanguageSwitcher />
      </div>
    </main>
  );
}
