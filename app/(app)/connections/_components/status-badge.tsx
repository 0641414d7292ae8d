import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Connection } from "@/db/schema";

const TONE: Record<Connection["status"], BadgeTone> = { connected: "success", pending: "warning", inactive: "neutral" };
const RUN_TONE: Record<string, BadgeTone> = { succeeded: "success", partially_succeeded: "warning", failed: "danger", running: "info" };
const RUN_STATUSES = ["running", "succeeded", "partially_succeeded", "failed"] as const;

/** A connection's status badge with its one-line explanation (DESIGN.md labels). */
export async function StatusBadge({ status, explain = false }: { status: Connection["status"]; explain?: boolean }) {
  const t = await getTranslations("labels");
  return (
    <span className="inline-flex flex-col gap-1">
      <span data-testid="connection-status">
        <Badge tone={TONE[status]} title={t(`connectionStatusHelp.${status}`)}>
          {t(`connectionStatus.${status}`)}
        </Badge>
      </span>
      {explain ? <span className="text-xs text-slate-600">{t(`connectionStatusHelp.${status}`)}</span> : null}
    </span>
  );
}

/** The last run's result as a badge, or nothing for runs of unknown status. */
export async function RunStatusBadge({ status }: { status: string | null }) {
  const run = RUN_STATUSES.find((s) => s === status);
  if (!run) return null;
  const t = await getTranslations("labels");
  return (
    <Badge tone={RUN_TONE[run]} title={t(`runStatusHelp.${run}`)}>
      {t(`runStatus.${run}`)}
    </Badge>
  );
}

/** "Reason: Quarantined after repeated failures" for inactive connections. */
export async function InactiveReason({ reason }: { reason: string | null }) {
  const known = ["deactivated", "credentials_rotated", "credentials_revoked", "quarantined"] as const;
  const key = known.find((k) => k === reason);
  if (!key) return null;
  const t = await getTranslations();
  return (
    <span className="text-xs text-slate-700" data-testid="inactive-reason">
      {t("connections.reason", { reason: t(`labels.inactiveReason.${key}`) })}
    </span>
  );
}
