import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/rights";
import { listUnreadNotices } from "@/lib/monitoring/list-notices";
import { monitoringPath } from "@/lib/monitoring/paths";
import { markNoticeReadFormAction } from "./actions";

const KNOWN = new Set(["sync_failing", "sync_partially_failing", "sync_recovered"]);
const TONE: Record<string, string> = {
  sync_failing: "border-rose-300 bg-rose-50",
  sync_partially_failing: "border-amber-300 bg-amber-50",
  sync_recovered: "border-emerald-300 bg-emerald-50",
};

/**
 * The organization's unread notices (failing, partially failing and recovered
 * connections). Renders nothing for a signed-out user, one without
 * connections:view, or when there is nothing unread; HR admins may mark a notice read.
 */
export async function NoticeList({ connectionId, limit = 5 }: { connectionId?: string; limit?: number } = {}) {
  const user = await getCurrentUser();
  if (!user || !can(user.rights, "connections:view")) return null;
  const notices = await listUnreadNotices({ organizationId: user.organizationId, connectionId, limit });
  if (notices.length === 0) return null;
  const t = await getTranslations("monitoring.notices");
  const format = await getFormatter();
  const canDismiss = can(user.rights, "connections:manage");
  return (
    <section aria-labelledby="notices-heading" className="mb-6">
      <h2 id="notices-heading" className="sr-only">
        {t("heading")}
      </h2>
      <ul className="space-y-2">
        {notices.map((notice) => {
          const integration = String(notice.params.integrationName ?? "");
          const text = KNOWN.has(notice.kind) ? t(notice.kind as "sync_failing", { integration }) : t("generic", { integration });
          const runId = typeof notice.params.runId === "string" && notice.kind !== "sync_recovered" ? notice.params.runId : undefined;
          return (
            <li key={notice.id} role="status" className={`flex flex-wrap items-center gap-3 rounded-md border px-3 py-2 text-sm ${TONE[notice.kind] ?? "border-slate-300 bg-slate-50"}`}>
              <span className="flex-1">
                {text} <span className="text-xs text-slate-600">{format.dateTime(notice.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </span>
              {notice.connectionId ? (
                <Link href={monitoringPath(notice.connectionId, runId)} className="text-indigo-700 hover:underline">
                  {t("open")}
                </Link>
              ) : null}
              {canDismiss ? (
                <form action={markNoticeReadFormAction}>
                  <input type="hidden" name="id" value={notice.id} />
                  <button type="submit" className="rounded px-2 py-1 text-xs text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
                    {t("markRead")}
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
