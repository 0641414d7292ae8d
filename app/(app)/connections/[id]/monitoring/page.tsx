import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticeList } from "@/components/notifications/notice-list";
import { EmptyState } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { parseRunFilters, toQuery } from "@/lib/monitoring/filters";
import { getMonitoredConnectionOrThrow } from "@/lib/monitoring/get-monitored-connection";
import { listRecentRuns, listRuns } from "@/lib/monitoring/list-runs";
import { listRunSamples } from "@/lib/monitoring/list-run-samples";
import { monitoringPath } from "@/lib/monitoring/paths";
import { orNotFound } from "./_components/load-connection";
import { MonitoringHeader } from "./_components/monitoring-header";
import { RunFiltersForm } from "./_components/run-filters";
import { RunsChart } from "./_components/runs-chart";
import { RunsTable } from "./_components/runs-table";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Monitoring: the connection's runs, newest first, filtered in the URL, with a chart of the recent runs. */
export default protectedPage<Props>("connections:view", async ({ user, params, searchParams }) => {
  const { id } = await params;
  const query = await searchParams;
  const organizationId = user.organizationId;
  const connection = await orNotFound(getMonitoredConnectionOrThrow({ organizationId, connectionId: id }));
  const t = await getTranslations("monitoring");
  if (!connection.monitoringAvailable) {
    return (
      <>
        <MonitoringHeader connection={connection} />
        <EmptyState title={t("notAvailable")}>{t("notAvailableHint")}</EmptyState>
      </>
    );
  }
  const { filters, errors } = parseRunFilters(query);
  const [page, recent] = await Promise.all([
    listRuns({ organizationId, connectionId: id, filters }),
    listRecentRuns({ organizationId, connectionId: id }),
  ]);
  const troubled = page.items.filter((run) => run.status === "failed" || run.status === "partially_succeeded").map((run) => run.id);
  const samples = await listRunSamples({ organizationId, runIds: troubled });
  const base = monitoringPath(id);
  const kept = { status: filters.status, from: filters.from, to: filters.to };
  const filtered = Boolean(filters.status || filters.from || filters.to);
  const raw = { from: typeof query.from === "string" ? query.from : undefined, to: typeof query.to === "string" ? query.to : undefined };
  return (
    <>
      <MonitoringHeader connection={connection} />
      <NoticeList />
      <div className="mb-6">
        <RunsChart runs={recent} now={new Date()} />
      </div>
      <h2 className="mb-3 text-lg font-semibold">{t("runs.heading")}</h2>
      <RunFiltersForm action={base} filters={filters} errors={errors} raw={raw} />
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? t("runs.emptyFiltered") : t("runs.empty")}>{filtered ? t("runs.emptyFilteredHint") : t("runs.emptyHint")}</EmptyState>
      ) : (
        <RunsTable connectionId={id} runs={page.items} samples={samples} />
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label={t("runs.pagination")}>
        {filters.cursor ? (
          <Link href={`${base}${toQuery(kept)}`} className="text-indigo-700 hover:underline">
            {t("runs.newest")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`${base}${toQuery({ ...kept, cursor: page.nextCursor })}`} className="text-indigo-700 hover:underline">
            {t("runs.older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
});
