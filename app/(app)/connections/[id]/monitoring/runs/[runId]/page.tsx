import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { can } from "@/lib/auth/rights";
import { parseResultFilters, toQuery } from "@/lib/monitoring/filters";
import { getMonitoredConnectionOrThrow } from "@/lib/monitoring/get-monitored-connection";
import { getRunOrThrow } from "@/lib/monitoring/get-run";
import { groupRunErrors } from "@/lib/monitoring/group-run-errors";
import { listRunResults } from "@/lib/monitoring/list-run-results";
import { monitoringPath, resultsCsvPath } from "@/lib/monitoring/paths";
import { orNotFound } from "../../_components/load-connection";
import { MonitoringHeader } from "../../_components/monitoring-header";
import { ErrorGroups, groupCause } from "./_components/error-groups";
import { ResultFiltersForm } from "./_components/result-filters";
import { ResultsTable } from "./_components/results-table";
import { RetryForm } from "./_components/retry-form";
import { RunSummary } from "./_components/run-summary";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; runId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Show details: one row per employee of a run, errors grouped by cause, filters and pages in the URL. */
export default protectedPage<Props>("connections:view", async ({ user, params, searchParams }) => {
  const { id, runId } = await params;
  const query = await searchParams;
  const organizationId = user.organizationId;
  const connection = await orNotFound(getMonitoredConnectionOrThrow({ organizationId, connectionId: id }));
  const run = await orNotFound(getRunOrThrow({ organizationId, connectionId: id, runId }));
  const t = await getTranslations("monitoring");
  const labels = await getTranslations("labels");
  const format = await getFormatter();
  const { filters, errors } = parseResultFilters(query);
  const [page, groups] = await Promise.all([
    listRunResults({ organizationId, runId, filters, withExchange: true }),
    groupRunErrors({ organizationId, runId }),
  ]);
  const base = monitoringPath(id, runId);
  const kept = { status: filters.status, operation: filters.operation, error: filters.error, q: filters.q, sort: filters.sort === "name" ? undefined : filters.sort };
  const failed = groups.reduce((sum, group) => sum + group.count, 0);
  const activeGroup = groups.find((group) => group.code === filters.error);
  const filtered = Boolean(filters.status || filters.operation || filters.error || filters.q);
  return (
    <>
      <MonitoringHeader connection={connection} back={{ href: monitoringPath(id), label: t("details.back") }} />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-xl font-semibold">
          {labels("showDetails")} · <span className="font-normal">{t("details.title", { date: format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "medium" }) })}</span>
        </h2>
        <a href={resultsCsvPath(id, runId, toQuery(kept))} download className="rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" title={t("details.exportHint")}>
          {t("details.exportCsv")}
        </a>
      </div>
      <RunSummary run={run} />
      {failed > 0 && run.status !== "running" && can(user.rights, "connections:manage") ? (
        <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <RetryForm connectionId={id} runId={runId} failed={failed} runsHref={monitoringPath(id)} />
        </div>
      ) : null}
      <ErrorGroups groups={groups} activeCode={filters.error} hrefFor={(code) => `${base}${toQuery({ ...kept, status: "failed", error: code, cursor: undefined })}`} />
      {activeGroup ? (
        <p className="mb-3 text-sm">
          {t("filters.errorFilter", { cause: await groupCause(activeGroup) })}{" "}
          <Link href={`${base}${toQuery({ ...kept, error: undefined, status: undefined })}`} className="text-indigo-700 hover:underline">
            {t("filters.clearError")}
          </Link>
        </p>
      ) : null}
      <ResultFiltersForm action={base} filters={filters} errors={errors} />
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? t("details.empty") : t("details.emptyRun")}>{filtered ? t("details.emptyHint") : null}</EmptyState>
      ) : (
        <ResultsTable rows={page.items} />
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label={t("details.pagination")}>
        {filters.cursor ? (
          <Link href={`${base}${toQuery(kept)}`} className="text-indigo-700 hover:underline">
            {t("details.first")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`${base}${toQuery({ ...kept, cursor: page.nextCursor })}`} className="text-indigo-700 hover:underline">
            {t("details.next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
});
