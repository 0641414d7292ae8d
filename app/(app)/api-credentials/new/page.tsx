import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { listPartnerConnections } from "@/lib/api/list-partner-connections";
import { protectedPage } from "@/lib/auth/protected-page";
import { CreateCredential } from "../_components/create-credential";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ connection?: string }> };

export default protectedPage<Props>("api_credentials:manage", async ({ user, searchParams }) => {
  const { connection } = await searchParams;
  const t = await getTranslations("api.credentials");
  const tLabels = await getTranslations("labels");
  const connections = (await listPartnerConnections({ organizationId: user.organizationId })).map((c) => ({
    id: c.id,
    label: `${c.integrationName} (${tLabels(`connectionStatus.${c.status}`)})`,
  }));
  return (
    <>
      <Link href="/api-credentials" className="text-sm text-indigo-700 hover:underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("createTitle")} description={t("createDescription")} />
        <p className="-mt-4 mb-6 text-sm">
          <Link href="/developers" className="text-indigo-700 underline">
            {t("introDocs")}
          </Link>
        </p>
      </div>
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5">
        <CreateCredential connections={connections} preselected={connections.some((c) => c.id === connection) ? connection : undefined} />
      </div>
    </>
  );
});
