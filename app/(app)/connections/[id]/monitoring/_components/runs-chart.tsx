import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { runDurationMs } from "@/lib/monitoring/format-duration";
import type { RunStatus } from "@/lib/monitoring/filters";
import { formatDuration } from "./duration";

const FILL: Record<RunStatus, string> = {
  succeeded: "#059669",
  partially_succeeded: "#d97706",
  failed: "#e11d48",
  running: "#0284c7",
};

const SLOTS = 40;

type ChartRun = { id: string; status: RunStatus; startedAt: Date; finishedAt: Date | null };

/** Status and duration of the recent runs, oldest on the left: one bar per run, its height the duration. */
export async function RunsChart({ runs, now }: { runs: ChartRun[]; now: Date }) {
  const t = await getTranslations("monitoring.chart");
  const labels = await getTranslations("labels");
  const format = await getFormatter();
  if (runs.length === 0) {
    return (
      <Card>
        <h2 className="text-base font-semibold">{t("heading")}</h2>
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      </Card>
    );
  }
  const durations = runs.map((run) => runDurationMs(run) ?? now.getTime() - run.startedAt.getTime());
  const longest = Math.max(...durations, 1);
  const bar = 12;
  const gap = 4;
  const height = 80;
  // a fixed number of slots, newest on the right, so a few runs do not become wide blocks
  const slots = Math.max(runs.length, SLOTS);
  const width = slots * (bar + gap);
  const offset = slots - runs.length;
  const titles = await Promise.all(
    runs.map(async (run, i) =>
      t("bar", {
        date: format.dateTime(run.startedAt, { dateStyle: "short", timeStyle: "short" }),
        status: labels(`runStatus.${run.status}`),
        duration: await formatDuration(run.finishedAt ? durations[i] : null),
      }),
    ),
  );
  const summary = t("summary", { count: runs.length, longest: await formatDuration(longest) });
  return (
    <Card>
      <h2 className="text-base font-semibold">{t("heading")}</h2>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" className="mt-3 h-24 w-full">
        {runs.map((run, i) => {
          const h = Math.max(3, Math.round((durations[i] / longest) * (height - 2)));
          return (
            <rect key={run.id} x={(offset + i) * (bar + gap)} y={height - h} width={bar} height={h} rx={2} fill={FILL[run.status]} data-status={run.status}>
              <title>{titles[i]}</title>
            </rect>
          );
        })}
      </svg>
      <p className="mt-2 text-xs text-slate-600">{summary}</p>
      <ul className="mt-2 flex flex-wrap gap-4 text-xs text-slate-700" aria-hidden="true">
        {(Object.keys(FILL) as RunStatus[]).map((status) => (
          <li key={status} className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ background: FILL[status] }} />
            {labels(`runStatus.${status}`)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
