import { desc, eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { db } from "@/db";
import { demoRequests, integrations } from "@/db/schema";
import { protectedPage } from "@/lib/auth/protected-page";

export const dynamic = "force-dynamic";

/** The demo requests inbox of the user's provider organization (the catalog issue adds filters, status and CSV). */
export default protectedPage("demo_requests:manage", async ({ user }) => {
  const t = await getTranslations("shell");
  const rows = await db
    .select({ id: demoRequests.id, name: demoRequests.name, company: demoRequests.company, integration: integrations.name })
    .from(demoRequests)
    .innerJoin(integrations, eq(integrations.id, demoRequests.integrationId))
    .where(eq(demoRequests.providerOrganizationId, user.organizationId))
    .orderBy(desc(demoRequests.createdAt))
    .limit(100);
  return (
    <>
      <PageHeader title={t("demoRequests")} />
      {rows.length === 0 ? (
        <EmptyState title={t("demoRequests")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((row) => (
            <li key={row.id} className="px-4 py-3 text-sm">
              <span className="font-medium">{row.name}</span> · {row.company} · {row.integration}
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
