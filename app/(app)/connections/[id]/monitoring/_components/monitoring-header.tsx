import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MonitoredConnection } from "@/lib/monitoring/get-monitored-connection";

/**
 * The Monitoring pages' sub-header, under the connection's layout (name, status badge, tabs):
 * a back link and what the connection's status means for its syncs.
 */
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
      <p className="mt-1 text-sm text-slate-600">
        <span className="font-medium text-slate-800">{labels("monitoring")}</span>
        {" · "}
        {reason ?? labels(`connectionStatusHelp.${connection.status}`)}
      </p>
      {connection.disconnectedAt ? <p className="mt-2 text-sm text-amber-800">{t("disconnected")}</p> : null}
    </header>
  );
}
