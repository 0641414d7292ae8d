import { CatalogView } from "@/components/catalog/catalog-view";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { getCatalogView } from "@/lib/catalog/cached-catalog";
import { getConnectionStatuses } from "@/lib/catalog/get-connection-statuses";
import { platformName } from "@/lib/catalog/platform-name";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";
import { parseCatalogQuery } from "@/lib/validations/catalog";

export const dynamic = "force-dynamic";

/** The in-app marketplace (HR admins): the shared catalog plus the organization's connection status on each card. */
export default protectedPage("marketplace:browse", async ({ user, searchParams }) => {
  const locale = await requestLocale();
  const t = await translatorFor(locale);
  const query = parseCatalogQuery((await searchParams) ?? {});
  const [result, statuses] = await Promise.all([getCatalogView(query, user.organizationId), getConnectionStatuses(user.organizationId)]);
  return (
    <>
      <PageHeader
        title={t("labels.marketplace")}
        description={t("catalog.app.intro")}
        actions={
          <>
            <ButtonLink href="/connections" variant="secondary">
              {t("labels.connectedIntegrations")} ({statuses.size})
            </ButtonLink>
            <ButtonLink href="/request-integration" variant="secondary">
              {t("catalog.requestIntegration")}
            </ButtonLink>
          </>
        }
      />
      <CatalogView mode="app" basePath="/marketplace" query={query} result={result} locale={locale} t={t} platform={platformName()} statuses={statuses} />
    </>
  );
});
