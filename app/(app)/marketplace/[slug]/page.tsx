import { notFound } from "next/navigation";
import { requestDemoAction } from "@/app/(public)/integrations/actions";
import type { ConnectState } from "@/components/catalog/connect-action";
import { demoFormLabels } from "@/components/catalog/demo-form-labels";
import { DemoRequestForm } from "@/components/catalog/demo-request-form";
import { HelpFeedbackForm } from "@/components/catalog/help-feedback-form";
import { IntegrationDetailView } from "@/components/catalog/integration-detail-view";
import { protectedPage } from "@/lib/auth/protected-page";
import { can } from "@/lib/auth/rights";
import { getCachedIntegration } from "@/lib/catalog/cached-catalog";
import { getConnectionStatuses } from "@/lib/catalog/get-connection-statuses";
import { platformName } from "@/lib/catalog/platform-name";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";
import { helpFeedbackAction } from "./actions";

export const dynamic = "force-dynamic";

/** An integration in the in-app marketplace: Connect, Manage, or disabled with the reason. */
export default protectedPage("marketplace:browse", async ({ user, params }) => {
  const { slug } = (await params) as { slug: string };
  const item = await getCachedIntegration(slug);
  if (!item) notFound();
  const locale = await requestLocale();
  const t = await translatorFor(locale);
  const connection = (await getConnectionStatuses(user.organizationId, item.slug)).get(item.slug);
  const connect: ConnectState = !can(user.rights, "connections:manage")
    ? { kind: "forbidden" }
    : connection
      ? { kind: "manage", connection }
      : { kind: "connect", slug: item.slug };
  return (
    <IntegrationDetailView
      item={item}
      locale={locale}
      t={t}
      platform={platformName()}
      backHref="/marketplace"
      backLabel={t("labels.marketplace")}
      connect={connect}
      helpFeedback={
        <HelpFeedbackForm
          action={helpFeedbackAction}
          slug={item.slug}
          labels={{ message: t("catalog.help.message"), submit: t("catalog.help.submit"), sent: t("catalog.help.sent") }}
        />
      }
      demoForm={<DemoRequestForm action={requestDemoAction} slug={item.slug} context="app" labels={demoFormLabels(t, item.name)} />}
    />
  );
});
