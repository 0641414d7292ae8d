import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";

export const dynamic = "force-dynamic";

/** API credentials (users with api:edit); the public API issue adds create, rotate and delete. */
export default protectedPage("api_credentials:manage", async () => {
  const t = await getTranslations("shell");
  return (
    <>
      <PageHeader title={t("apiCredentials")} />
      <EmptyState title={t("apiCredentials")} />
    </>
  );
});
