import { and, eq } from "drizzle-orm";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import { protectedPage } from "@/lib/auth/protected-page";
import { can } from "@/lib/auth/rights";
import { listConnectionNotices } from "@/lib/connections/connection-notices";
import { getConnectionOrThrow } from "@/lib/connections/get-connection";
import { readSettings } from "@/lib/connections/read-settings";
import { wizardHref } from "@/lib/connections/wizard-href";
import { ConfigurationSummary } from "../../marketplace/[slug]/connect/_components/configuration-summary";
import { PermissionsList } from "../../marketplace/[slug]/connect/_components/permissions-list";
import { ConnectionActions } from "../_components/connection-actions";
import { Notices } from "../_components/notices";
import { RunStatusBadge } from "../_components/status-badge";
import { orNotFound } from "../_lib/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Overview: status and why, the last and next sync, the configuration in words, and the actions by right. */
export default protectedPage<Props>("connections:view", async ({ user, params }) => {
  const { id } = await params;
  const connection = await orNotFound(getConnectionOrThrow({ organizationId: user.organizationId, connectionId: id }));
  const t = await getTranslations("connections");
  const format = await getFormatter();
  const manage = can(user.rights, "connections:manage");
  const kind = connection.integration.connectorKind;
  const settings = readSettings(kind, connection.integration.connectorPreset, connection.settings);
  const notices = await listConnectionNotices({ organizationId: user.organizationId, connectionId: id });
  const [credential] = settings.credentialId
    ? await db
        .select({ clientId: apiCredentials.clientId, status: apiCredentials.status })
        .from(apiCredentials)
        .where(and(eq(apiCredentials.id, settings.credentialId), eq(apiCredentials.organizationId, user.organizationId)))
    : [];
  const when = (date: Date | null, fallback: string) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : fallback);
  const facts: [string, ReactNode, string][] = [
    [t("overview.since"), when(connection.statusChangedAt, "—"), "since"],
    [t("overview.lastResult"), <span key="r" className="inline-flex items-center gap-2"><RunStatusBadge status={connection.lastRunStatus} />{when(connection.lastSyncAt, t("never"))}</span>, "last-sync"],
    [t("overview.nextSync"), connection.status === "connected" ? when(connection.nextSyncAt, t("notScheduled")) : t("notScheduled"), "next-sync"],
  ];
  return (
    <div className="space-y-6">
      <Notices notices={notices} canDismiss={manage} />
      {manage ? (
        <ConnectionActions connection={{ id, status: connection.status, kind, name: connection.integration.name, continueHref: wizardHref(connection.integration.slug, id) }} />
      ) : (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">{t("overview.readOnly")}</p>
      )}
      {connection.status === "pending" && kind === "partner" && credential ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("waitingForPartner")}</p>
      ) : null}
      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        {facts.map(([label, value, testId]) => (
          <div key={testId}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="mt-1 text-slate-900" data-testid={`overview-${testId}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500">{t("overview.createdBy", { date: format.dateTime(connection.createdAt, { dateStyle: "medium" }) })}</p>
      {kind === "partner" ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("overview.permissions")}</h2>
          <PermissionsList integration={connection.integration} />
          {credential ? (
            <p className="text-sm text-slate-700">
              {t("overview.apiCredential")}: <span className="font-mono">{credential.clientId}</span>. {t("overview.apiCredentialHint")}
            </p>
          ) : null}
        </section>
      ) : (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <ConfigurationSummary connection={connection} />
        </section>
      )}
    </div>
  );
});
