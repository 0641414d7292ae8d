import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { RunStatus } from "@/lib/monitoring/filters";

const RUN_TONE = { running: "info", succeeded: "success", partially_succeeded: "warning", failed: "danger" } as const;
const RESULT_TONE = { succeeded: "success", failed: "danger", skipped: "neutral" } as const;

/** A run's status: Successful / Partially successful / Failed / Running, with its explanation. */
export async function RunStatusBadge({ status }: { status: RunStatus }) {
  const t = await getTranslations("labels");
  return (
    <Badge tone={RUN_TONE[status]} title={t(`runStatusHelp.${status}`)}>
      {t(`runStatus.${status}`)}
    </Badge>
  );
}

/** An employee row's status: succeeded / failed / skipped. */
export async function ResultStatusBadge({ status }: { status: "succeeded" | "failed" | "skipped" }) {
  const t = await getTranslations("labels");
  return <Badge tone={RESULT_TONE[status]}>{t(`resultStatus.${status}`)}</Badge>;
}
