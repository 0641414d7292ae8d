import { notFound } from "next/navigation";
import { requestDemoAction } from "@/app/(public)/integrations/actions";
import type { SessionUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/rights";
import { getCachedIntegration } from "@/lib/catalog/cached-catalog";
import { platformName } from "@/lib/catalog/platform-name";
import { translatorFor } from "@/lib/catalog/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { ConnectState } from "./connect-action";
import { demoFormLabels } from "./demo-form-labels";
import { DemoRequestForm } from "./demo-request-form";
import { IntegrationDetailView } from "./integration-detail-view";

/** The public detail page (/integrations/[slug]): no Connect, "Sign in to connect" instead. */
export async function PublicDetailPage({ locale, slug, user }: { locale: Locale; slug: string; user: SessionUser | null }) {
  const item = await getCachedIntegration(slug);
  if (!item) notFound();
  const t = await translatorFor(locale);
  const connect: ConnectState = !user
    ? { kind: "signIn", slug: item.slug }
    : can(user.rights, "marketplace:browse")
      ? { kind: "openInApp", slug: item.slug }
      : { kind: "forbidden" };
  const signInForHelp = (
    <p className="text-sm text-slate-700">
      {t("catalog.detail.helpSignIn")}{" "}
      <a href={`/signin?callbackUrl=${encodeURIComponent(`/marketplace/${item.slug}`)}`} className="text-indigo-700 underline">
        {t("auth.signIn")}
      </a>
    </p>
  );
  return (
    <IntegrationDetailView
      item={item}
      locale={locale}
      t={t}
      platform={platformName()}
      backHref="/integrations"
      backLabel={t("catalog.detail.backToCatalog")}
      connect={connect}
      helpFeedback={signInForHelp}
      demoForm={<DemoRequestForm action={requestDemoAction} slug={item.slug} context="public" labels={demoFormLabels(t, item.name)} />}
    />
  );
}
