import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SyncRun } from "@/db/schema";
import { runDurationMs } from "@/lib/monitoring/format-duration";
import { monitoringPath } from "@/lib/monitoring/paths";
import { formatDuration } from "../../../_components/duration";
import { ExchangeView } from "../../../_components/exchange-view";
import { RunCounts } from "../../../_components/run-counts";
import { RunStatusBadge } from "../../../_components/run-status-badge";

/** The run at the top of Show details: status, trigger, times, counts and a run-level error. */
export async function RunSummary({ run }: { run: SyncRun }) {
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : t("runs.notFinished"));
  const facts: [string, React.ReactNode][] = [
    [t("runs.status"), <RunStatusBadge key="s" status={run.status} />],
    [
      t("runs.trigger"),
      <span key="t">
        {t(`trigger.${run.trigger}`)}
        {run.retryOfRunId ? (
          <>
            {" · "}
            <Link href={monitoringPath(run.connectionId, run.retryOfRunId)} className="text-indigo-700 hover:underline">
              {t("runs.openOriginal")}
            </Link>
          </>
        ) : null}
      </span>,
    ],
    [t("runs.started"), when(run.startedAt)],
    [t("runs.finished"), when(run.finishedAt)],
    [t("runs.duration"), await formatDuration(runDurationMs(run))],
    [t("counts.total"), run.counts.total ?? 0],
  ];
  return (
    <Card className="mb-6">
      <h2 className="sr-only">{t("details.summary")}</h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="mt-0.5 font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3">
        <RunCounts counts={run.counts} />
      </div>
      {run.error || run.errorExchange ? (
        <div className="mt-4 space-y-2 border-t border-slate-200 pt-3">
          <h3 className="text-sm font-semibold text-rose-800">{t("details.runError")}</h3>
          {run.error ? <p className="text-sm text-rose-800">{run.error}</p> : null}
          {run.errorExchange ? <ExchangeView exchange={run.errorExchange} /> : null}
        </div>
      ) : null}
    </Card>
  );
}
