import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RunResultItem } from "@/lib/monitoring/list-run-results";
import { ExchangeView } from "../../../_components/exchange-view";
import { ResultStatusBadge } from "../../../_components/run-status-badge";
import { DataTable } from "@/components/ui/table";

/** One row per employee; a row with an API exchange (failed rows) expands to the request and the target's response. */
export async function ResultsTable({ rows }: { rows: RunResultItem[] }) {
  const t = await getTranslations("monitoring.details");
  const labels = await getTranslations("labels");
  const format = await getFormatter();
  const bodies = await Promise.all(
    rows.map(async (row) => {
      const name = `${row.firstName} ${row.lastName}`;
      const expandable = row.status === "failed" || Boolean(row.exchange);
      return (
        <tbody key={row.id} className="border-t border-slate-100" data-result-status={row.status} data-employee-id={row.employeeId}>
          <tr>
            <td className="px-4 py-2 whitespace-nowrap text-slate-600">{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</td>
            <td className="px-4 py-2 tabular-nums">
              <Link href={`/employees/${row.employeeId}`} className="font-medium text-indigo-700 hover:underline" aria-label={`${row.employeeNumber} · ${name}`}>
                {row.employeeNumber}
              </Link>
            </td>
            <td className="px-4 py-2">
              {name}
              <span className="block text-xs text-slate-500">{row.email}</span>
            </td>
            <td className="px-4 py-2">{row.operation ? labels(`operation.${row.operation}`) : t("none")}</td>
            <td className="px-4 py-2">
              <ResultStatusBadge status={row.status} />
            </td>
            <td className="px-4 py-2 break-words">
              {row.message || t("none")}
              {row.attempts > 1 ? <span className="block text-xs text-slate-500">{t("attempts", { count: row.attempts })}</span> : null}
            </td>
          </tr>
          {expandable ? (
            <tr>
              <td colSpan={6} className="px-4 pb-3">
                <details>
                  <summary className="cursor-pointer text-sm text-indigo-700" aria-label={t("expandFor", { name })}>
                    {t("expand")}
                  </summary>
                  <div className="mt-2">
                    <ExchangeView exchange={row.exchange} />
                  </div>
                </details>
              </td>
            </tr>
          ) : null}
        </tbody>
      );
    }),
  );
  return (
    <DataTable columns={[t("date"), t("employeeId"), t("name"), t("useCase"), t("status"), t("message")]} caption={t("caption")} rowGroups={bodies} />
  );
}
