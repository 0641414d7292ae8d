import Image from "next/image";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { checkAbility } from "@/lib/auth/authorize";
import { getConnectionOrThrow } from "@/lib/connections/get-connection";
import { readSettings } from "@/lib/connections/read-settings";
import { orNotFound } from "../_lib/or-not-found";
import { InactiveReason, StatusBadge } from "../_components/status-badge";
import { ConnectionTabs } from "./_components/connection-tabs";

/**
 * One connection: its name and status above tabs in the URL (Overview, Settings,
 * Activity, and Monitoring when the integration offers it). Another company's id is a 404.
 * Users without the right get the page's own "missing rights" answer.
 */
export default async function ConnectionLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const check = await checkAbility("connections:view");
  if (check.status !== "ok") return children;
  const { id } = await params;
  const connection = await orNotFound(getConnectionOrThrow({ organizationId: check.user.organizationId, connectionId: id }));
  const t = await getTranslations("connections");
  const settings = readSettings(connection.integration.connectorKind, connection.integration.connectorPreset, connection.settings);
  const target = settings.baseUrl || settings.url;
  return (
    <div className="mx-auto max-w-5xl">
      <header className="mb-4 flex flex-wrap items-start gap-4">
        <Image src={connection.integration.logo} alt="" width={48} height={48} className="h-12 w-12 rounded" />
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold text-slate-900">{connection.integration.name}</h1>
          {target ? <p className="truncate text-sm text-slate-500">{target}</p> : null}
        </div>
        <div className="flex max-w-sm flex-col items-end gap-1 text-right">
          <StatusBadge status={connection.status} explain />
          {connection.status === "inactive" ? <InactiveReason reason={connection.inactiveReason} /> : null}
        </div>
      </header>
      <ConnectionTabs
        id={connection.id}
        monitoring={connection.integration.monitoringAvailable || connection.integration.connectorKind === "partner"}
        labels={{ label: t("tabs.label"), overview: t("tabs.overview"), settings: t("tabs.settings"), activity: t("tabs.activity"), monitoring: t("tabs.monitoring") }}
      />
      <div className="mt-6">{children}</div>
    </div>
  );
}
