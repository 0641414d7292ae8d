import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { listApiCredentials } from "@/lib/api/list-api-credentials";
import { protectedPage } from "@/lib/auth/protected-page";
import { CredentialsTable } from "./_components/credentials-table";
import { CustomIntegrationIntro } from "./_components/custom-integration-intro";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ cursor?: string }> };

/** API credentials (users with api:edit): custom integrations start here, partner integrations' credentials are listed too. */
export default protectedPage<Props>("api_credentials:manage", async ({ user, searchParams }) => {
  const { cursor } = await searchParams;
  const t = await getTranslations("api.credentials");
  const page = await listApiCredentials({ organizationId: user.organizationId, cursor: typeof cursor === "string" ? cursor.slice(0, 200) : undefined });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href="/developers" variant="secondary">
              {t("apiDocs")}
            </ButtonLink>
            <ButtonLink href="/api-credentials/new">{t("create")}</ButtonLink>
          </>
        }
      />
      <CustomIntegrationIntro />
      {page.items.length === 0 && !cursor ? (
        <EmptyState title={t("empty")}>
          <p>{t("emptyHint")}</p>
          <ButtonLink href="/api-credentials/new" className="mt-3">
            {t("create")}
          </ButtonLink>
        </EmptyState>
      ) : (
        <CredentialsTable items={page.items} />
      )}
      <nav className="mt-4 flex gap-3 text-sm" aria-label={t("listLabel")}>
        {cursor ? (
          <Link href="/api-credentials" className="text-indigo-700 hover:underline">
            {t("firstPage")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`/api-credentials?cursor=${page.nextCursor}`} className="text-indigo-700 hover:underline">
            {t("nextPage")}
          </Link>
        ) : null}
      </nav>
    </>
  );
});
