import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { MonitoredConnection } from "@/lib/monitoring/get-monitored-connection";

const TONE = { connected: "success", pending: "warning", inactive: "neutral" } as const;

/** The Monitoring pages' own header: back link, integration name, connection status with its explanation. */
export async function MonitoringHeader({ connection, back }: { connection: MonitoredConnection; back?: { href: string; label: string } }) {
  const t = await getTranslations("monitoring");
  const labels = await getTranslations("labels");
  const reason = connection.status === "inactive" && connection.inactiveReason ? labels(`inactiveReason.${connection.inactiveReason}` as never) : null;
  return (
    <header className="mb-6">
      <p className="mb-2 text-sm">
        <Link href={back?.href ?? `/connections/${connection.id}`} className="text-indigo-700 hover:underline">
          ← {back?.label ?? t("backTo", { integration: connection.integrationName })}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {/* eslint-disable-next-line @next/next/no-img-element -- small static logo from /public */}
        <img src={connection.integrationLogo} alt="" width={32} height={32} className="h-8 w-8 rounded" />
        <h1 className="text-2xl font-semibold text-slate-900">{connection.integrationName}</h1>
        <Badge tone={TONE[connection.status]} title={labels(`connectionStatusHelp.${connection.status}`)}>
          {labels(`connectionStatus.${connection.status}`)}
        </Badge>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        <span className="font-medium text-slate-800">{labels("monitoring")}</span>
        {" · "}
        {reason ?? labels(`connectionStatusHelp.${connection.status}`)}
      </p>
      {connection.disconnectedAt ? <p className="mt-2 text-sm text-amber-800">{t("disconnected")}</p> : null}
    </header>
  );
}
