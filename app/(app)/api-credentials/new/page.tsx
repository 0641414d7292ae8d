import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { CreateCredential } from "../_components/create-credential";
import { CustomIntegrationIntro } from "../_components/custom-integration-intro";

export const dynamic = "force-dynamic";

export default protectedPage("api_credentials:manage", async () => {
  const t = await getTranslations("api.credentials");
  return (
    <>
      <Link href="/api-credentials" className="text-sm text-indigo-700 hover:underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("createTitle")} description={t("createDescription")} />
      </div>
      <CustomIntegrationIntro />
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5">
        <CreateCredential />
      </div>
    </>
  );
});
