import { getTranslations } from "next-intl/server";
import type { SyncRunCounts } from "@/db/schema";

const OPERATIONS = ["provisioned", "updated", "deactivated", "linked"] as const;

/** The operations a run performed, with its failed and skipped counts. */
export async function RunCounts({ counts }: { counts: SyncRunCounts }) {
  const t = await getTranslations("monitoring.counts");
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {OPERATIONS.map((key) => (
        <div key={key} className="flex gap-1">
          <dt className="text-slate-600">{t(key)}</dt>
          <dd className="font-medium tabular-nums">{counts[key] ?? 0}</dd>
        </div>
      ))}
      <div className="flex gap-1">
        <dt className="text-slate-600">{t("failed")}</dt>
        <dd className={`font-medium tabular-nums ${counts.failed ? "text-rose-700" : ""}`}>{counts.failed ?? 0}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-slate-600">{t("skipped")}</dt>
        <dd className="font-medium tabular-nums">{counts.skipped ?? 0}</dd>
      </div>
    </dl>
  );
}
