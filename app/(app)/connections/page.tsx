import Image from "next/image";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoticeList } from "@/components/notifications/notice-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { can } from "@/lib/auth/rights";
import { listConnectionNotices } from "@/lib/connections/connection-notices";
import { listConnections } from "@/lib/connections/list-connections";
import { wizardHref } from "@/lib/connections/wizard-href";
import { isStepOf } from "@/lib/connections/wizard-steps";
import { ConnectionActions } from "./_components/connection-actions";
import { Notices } from "./_components/notices";
import { InactiveReason, RunStatusBadge, StatusBadge } from "./_components/status-badge";

export const dynamic = "force-dynamic";

const STATUSES = ["connected", "pending", "inactive"] as const;
type Props = { searchParams: Promise<{ status?: string; cursor?: string; done?: string }> };

/** Connected integrations: every connection with its status, last and next sync, and the actions the user may take. */
export default protectedPage<Props>("connections:view", async ({ user, searchParams }) => {
  const query = await searchParams;
  const t = await getTranslations();
  const format = await getFormatter();
  const status = STATUSES.find((s) => s === query.status);
  const manage = can(user.rights, "connections:manage");
  const [page, notices] = await Promise.all([
    listConnections({ organizationId: user.organizationId, status, cursor: query.cursor }),
    listConnectionNotices({ organizationId: user.organizationId }),
  ]);
  const when = (date: Date | null, fallback: string) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : fallback);
  const filterHref = (s?: string) => (s ? `/connections?status=${s}` : "/connections");
  return (
    <>
      <PageHeader title={t("labels.connectedIntegrations")} description={t("connections.description")} />
      {query.done === "disconnected" ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
          {t("connections.messages.disconnected")}
        </p>
      ) : null}
      <Notices notices={notices} canDismiss={manage} />
      <NoticeList />
      <nav aria-label={t("connections.filterLabel")} className="mb-4 flex gap-2 text-sm">
        {[undefined, ...STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={filterHref(s)}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-full px-3 py-1 ${s === status ? "bg-slate-800 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"}`}
          >
            {s ? t(`labels.connectionStatus.${s}`) : t("connections.filterAll")}
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? (
        <EmptyState title={t("connections.empty")}>
          {manage ? (
            <Link href="/marketplace" className="text-indigo-700 underline">
              {t("connections.emptyHint")}
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2">{t("connections.integration")}</th>
                <th scope="col" className="px-4 py-2">{t("connections.status")}</th>
                <th scope="col" className="px-4 py-2">{t("connections.lastSync")}</th>
                <th scope="col" className="px-4 py-2">{t("connections.nextSync")}</th>
                {manage ? <th scope="col" className="px-4 py-2">{t("connections.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((c) => (
                <tr key={c.id} data-testid="connection-row" data-connection-id={c.id} className="align-top">
                  <td className="px-4 py-3">
                    <div className="flex items-start gap-3">
                      <Image src={c.integration.logo} alt="" width={32} height={32} className="h-8 w-8 rounded" />
                      <div>
                        <Link href={`/connections/${c.id}`} className="font-medium text-indigo-700 hover:underline">
                          {c.integration.name}
                        </Link>
                        {c.targetHost ? <p className="text-xs text-slate-500">{c.targetHost}</p> : null}
                        <p className="text-xs text-slate-500">{t("connections.created", { date: format.dateTime(c.createdAt, { dateStyle: "medium" }) })}</p>
                      </div>
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex flex-col gap-1">
                      <StatusBadge status={c.status} explain />
                      {c.status === "inactive" ? <InactiveReason reason={c.inactiveReason} /> : null}
                      {c.status === "pending" && c.awaitingPartner ? (
                        <span className="text-xs text-slate-600">{t("connections.waitingForPartner")}</span>
                      ) : c.status === "pending" && isStepOf(c.integration.connectorKind, c.wizardStep) ? (
                        <span className="text-xs text-slate-600">{t("connections.setupAt", { step: t(`wizard.step.${c.wizardStep}`) })}</span>
                      ) : null}
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex flex-col gap-1">
                      <RunStatusBadge status={c.lastRunStatus} />
                      <span className="text-xs text-slate-600">{when(c.lastSyncAt, t("connections.never"))}</span>
                    </div>
                  </td>
                  <td className="px-4 py-3 text-xs text-slate-600">{c.status === "connected" ? when(c.nextSyncAt, t("connections.notScheduled")) : t("connections.notScheduled")}</td>
                  {manage ? (
                    <td className="px-4 py-3">
                      <ConnectionActions
                        showManage
                        connection={{ id: c.id, status: c.status, kind: c.integration.connectorKind, name: c.integration.name, continueHref: wizardHref(c.integration.slug, c.id) }}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="mt-4 flex gap-3 text-sm" aria-label={t("connections.morePages")}>
        {query.cursor ? (
          <Link href={filterHref(status)} className="text-indigo-700 hover:underline">
            {t("connections.firstPage")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`/connections?${new URLSearchParams({ ...(status ? { status } : {}), cursor: page.nextCursor })}`} className="text-indigo-700 hover:underline">
            {t("connections.nextPage")}
          </Link>
        ) : null}
      </nav>
    </>
  );
});
