import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { runDurationMs } from "@/lib/monitoring/format-duration";
import type { RunListItem } from "@/lib/monitoring/list-runs";
import type { RunSample } from "@/lib/monitoring/list-run-samples";
import { monitoringPath } from "@/lib/monitoring/paths";
import { formatDuration } from "./duration";
import { ExchangeView } from "./exchange-view";
import { RunCounts } from "./run-counts";
import { RunStatusBadge } from "./run-status-badge";
import { DataTable } from "@/components/ui/table";

/** The runs, newest first; failed and partial runs carry their error and the target's response. */
export async function RunsTable({ connectionId, runs, samples }: { connectionId: string; runs: RunListItem[]; samples: Map<string, RunSample> }) {
  const t = await getTranslations("monitoring");
  const labels = await getTranslations("labels");
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : t("runs.notFinished"));
  const rows = await Promise.all(
    runs.map(async (run) => {
      const sample = samples.get(run.id);
      const troubled = run.status === "failed" || run.status === "partially_succeeded";
      const error = run.error ?? (sample ? `${sample.firstName ?? ""} ${sample.lastName ?? ""}: ${sample.message}`.trim() : null);
      const exchange = run.errorExchange ?? sample?.exchange ?? null;
      return (
        <tbody key={run.id} className="border-t border-slate-200" data-run-id={run.id} data-run-status={run.status}>
          <tr>
            <td className="px-4 py-2 whitespace-nowrap">{when(run.startedAt)}</td>
            <td className="px-4 py-2 whitespace-nowrap">{when(run.finishedAt)}</td>
            <td className="px-4 py-2 whitespace-nowrap tabular-nums">{await formatDuration(runDurationMs(run))}</td>
            <td className="px-4 py-2">
              <span data-testid="run-trigger">{t(`trigger.${run.trigger}`)}</span>
              {run.retryOfRunId ? (
                <Link href={monitoringPath(connectionId, run.retryOfRunId)} className="block text-xs text-indigo-700 hover:underline">
                  {t("runs.retryOf")}
                </Link>
              ) : null}
            </td>
            <td className="px-4 py-2">
              <RunStatusBadge status={run.status} />
            </td>
            <td className="px-4 py-2">
              <RunCounts counts={run.counts} />
            </td>
            <td className="px-4 py-2 whitespace-nowrap">
              <Link href={monitoringPath(connectionId, run.id)} className="font-medium text-indigo-700 hover:underline">
                {labels("showDetails")}
              </Link>
            </td>
          </tr>
          {troubled && (error || exchange) ? (
            <tr>
              <td colSpan={7} className="px-4 pb-3">
                {error ? (
                  <p className="text-sm text-rose-800">
                    <span className="font-medium">{t("runs.error")}:</span> {error}
                  </p>
                ) : null}
                {exchange ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm text-indigo-700">{t("runs.errorDetails")}</summary>
                    <div className="mt-2">
                      <ExchangeView exchange={exchange} />
                    </div>
                  </details>
                ) : null}
              </td>
            </tr>
          ) : null}
        </tbody>
      );
    }),
  );
  return (
    <DataTable columns={[t("runs.started"), t("runs.finished"), t("runs.duration"), t("runs.trigger"), t("runs.status"), t("runs.operations"), <span key="actions" className="sr-only">{t("runs.actions")}</span>]} caption={t("runs.caption")} rowGroups={rows} />
  );
}
