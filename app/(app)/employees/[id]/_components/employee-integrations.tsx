import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listEmployeeIntegrations } from "@/lib/monitoring/list-employee-integrations";
import { monitoringPath } from "@/lib/monitoring/paths";
import { DataTable } from "@/components/ui/table";

const RESULT_TONE = { succeeded: "success", failed: "danger", skipped: "neutral" } as const;
const CONNECTION_TONE = { connected: "success", pending: "warning", inactive: "neutral" } as const;

/** The profile's Integrations section: per connection the linked account and last result, then recent results across runs. */
export async function EmployeeIntegrations({ organizationId, employeeId }: { organizationId: string; employeeId: string }) {
  const t = await getTranslations("monitoring.profile");
  const tEmployees = await getTranslations("employees");
  const labels = await getTranslations("labels");
  const format = await getFormatter();
  const { links, recent } = await listEmployeeIntegrations({ organizationId, employeeId });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Card>
      <h2 className="text-base font-semibold">{tEmployees("integrations")}</h2>
      {links.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="mt-3">
          <DataTable columns={[t("integration"), t("account"), t("lastOperation"), t("lastStatus"), t("lastMessage")]} caption={t("caption")} framed={false} testId="employee-integrations">
            {links.map((link) => (
              <tr key={link.connectionId}>
                <td className="py-2 pr-3 align-top">
                  <span className="font-medium">{link.integrationName}</span>{" "}
                  <Badge tone={CONNECTION_TONE[link.connectionStatus]} title={labels(`connectionStatusHelp.${link.connectionStatus}`)}>
                    {labels(`connectionStatus.${link.connectionStatus}`)}
                  </Badge>
                </td>
                <td className="py-2 pr-3 align-top font-mono text-xs">{link.externalId ?? link.externalUserName ?? <span className="font-sans text-slate-500">{t("notLinked")}</span>}</td>
                <td className="py-2 pr-3 align-top">{link.lastOperation ? labels(`operation.${link.lastOperation}`) : "—"}</td>
                <td className="py-2 pr-3 align-top">{link.lastStatus ? <Badge tone={RESULT_TONE[link.lastStatus]}>{labels(`resultStatus.${link.lastStatus}`)}</Badge> : "—"}</td>
                <td className="py-2 align-top">
                  {link.lastMessage || "—"}
                  {link.lastRunId && link.monitoringAvailable ? (
                    <Link href={monitoringPath(link.connectionId, link.lastRunId)} className="block text-xs text-indigo-700 hover:underline">
                      {t("openRun")}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <h3 className="mt-6 text-sm font-semibold">{t("recent")}</h3>
      {recent.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noRecent")}</p>
      ) : (
        <div className="mt-2">
          <DataTable columns={[t("date"), t("integration"), t("lastOperation"), t("lastStatus"), t("lastMessage")]} caption={t("recentCaption")} framed={false} testId="employee-recent-results">
            {recent.map((row) => (
              <tr key={row.id}>
                <td className="py-2 pr-3 align-top whitespace-nowrap">
                  <Link href={monitoringPath(row.connectionId, row.runId)} className="text-indigo-700 hover:underline">
                    {when(row.createdAt)}
                  </Link>
                </td>
                <td className="py-2 pr-3 align-top">{row.integrationName}</td>
                <td className="py-2 pr-3 align-top">{row.operation ? labels(`operation.${row.operation}`) : "—"}</td>
                <td className="py-2 pr-3 align-top">
                  <Badge tone={RESULT_TONE[row.status]}>{labels(`resultStatus.${row.status}`)}</Badge>
                </td>
                <td className="py-2 align-top">{row.message || "—"}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}
