import { and, desc, eq, isNull } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { db } from "@/db";
import { connections, integrations } from "@/db/schema";
import { protectedPage } from "@/lib/auth/protected-page";

export const dynamic = "force-dynamic";

const TONE = { connected: "success", pending: "warning", inactive: "neutral" } as const;

/** Connected integrations (HR admins and support staff, read-only here; the wizard issue adds the actions). */
export default protectedPage("connections:view", async ({ user }) => {
  const t = await getTranslations("labels");
  const rows = await db
    .select({ id: connections.id, status: connections.status, name: integrations.name })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(connections.organizationId, user.organizationId), isNull(connections.disconnectedAt)))
    .orderBy(desc(connections.createdAt));
  return (
    <>
      <PageHeader title={t("connectedIntegrations")} />
      {rows.length === 0 ? (
        <EmptyState title={t("connectedIntegrations")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((row) => (
            <li key={row.id} className="flex items-center justify-between px-4 py-3">
              <span className="font-medium">{row.name}</span>
              <Badge tone={TONE[row.status]} title={t(`connectionStatusHelp.${row.status}`)}>
                {t(`connectionStatus.${row.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
