import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { getConnectionOrThrow } from "@/lib/connections/get-connection";
import { listConnectionActivity, type ActivityItem } from "@/lib/connections/list-connection-activity";
import { orNotFound } from "../../_lib/or-not-found";
import { DataTable } from "@/components/ui/table";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> };
type T = Awaited<ReturnType<typeof getTranslations>>;

const ACTIONS = ["created", "settings_changed", "secret_set", "secret_replaced", "status_changed", "disconnected", "sync_requested", "invite_created", "credentials_issued"] as const;
const STATUSES = ["pending", "connected", "inactive"] as const;

function short(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** What changed, in words where we know the words; never a secret (audit rows hold none). */
function details(t: T, item: ActivityItem): string {
  const c = item.changes as Record<string, unknown>;
  if (item.action === "connection.status_changed") {
    const s = c.status as { from?: string; to?: string } | undefined;
    const label = (v?: string) => (STATUSES.find((x) => x === v) ? t(`labels.connectionStatus.${v as (typeof STATUSES)[number]}`) : (v ?? ""));
    const reason = ["deactivated", "credentials_rotated", "credentials_revoked", "quarantined"].find((r) => r === c.reason);
    return `${label(s?.from)} → ${label(s?.to)}${reason ? ` (${t(`labels.inactiveReason.${reason as "deactivated"}`)})` : ""}`;
  }
  return Object.entries(c)
    .filter(([key]) => key !== "step")
    .map(([key, value]) => {
      const change = value as { from?: unknown; to?: unknown } | null;
      if (change && typeof change === "object" && "to" in change) return `${key}: ${short(change.from ?? "—")} → ${short(change.to)}`;
      return `${key}: ${short(value)}`;
    })
    .join("; ");
}

/** Activity: the connection's audit events (who, when, what changed), newest first. */
export default protectedPage<Props>("connections:view", async ({ user, params, searchParams }) => {
  const { id } = await params;
  const { before } = await searchParams;
  await orNotFound(getConnectionOrThrow({ organizationId: user.organizationId, connectionId: id }));
  const t = await getTranslations();
  const format = await getFormatter();
  const page = await listConnectionActivity({ organizationId: user.organizationId, connectionId: id, before: before ? Number(before) : undefined });
  if (page.items.length === 0) return <EmptyState title={t("connections.activity.empty")} />;
  const who = (item: ActivityItem) =>
    item.actorType === "system" ? t("connections.activity.system") : item.actorType === "api_client" ? t("connections.activity.apiClient", { name: item.actorLabel ?? "" }) : (item.actorLabel ?? "—");
  const what = (item: ActivityItem) => {
    const key = ACTIONS.find((a) => `connection.${a}` === item.action);
    return key ? t(`connections.activity.actionName.${key}`) : item.action;
  };
  return (
    <>
      <DataTable columns={[t("connections.activity.when"), t("connections.activity.who"), t("connections.activity.what"), t("connections.activity.details")]} caption={t("connections.activity.title")}>
        {page.items.map((item) => (
          <tr key={item.id} data-testid="activity-row" data-action={item.action} className="align-top">
            <td className="whitespace-nowrap px-4 py-2 text-slate-600">{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</td>
            <td className="px-4 py-2">{who(item)}</td>
            <td className="px-4 py-2 font-medium">{what(item)}</td>
            <td className="break-all px-4 py-2 font-mono text-xs text-slate-600">{details(t, item)}</td>
          </tr>
        ))}
      </DataTable>
      <nav className="mt-4 flex gap-3 text-sm" aria-label={t("connections.morePages")}>
        {before ? <Link href={`/connections/${id}/activity`} className="text-indigo-700 hover:underline">{t("connections.activity.newest")}</Link> : null}
        {page.nextBefore ? (
          <Link href={`/connections/${id}/activity?before=${page.nextBefore}`} className="text-indigo-700 hover:underline">
            {t("connections.activity.older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
});
