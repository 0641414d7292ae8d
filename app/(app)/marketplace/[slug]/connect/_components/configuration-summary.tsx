import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ConnectionSchedule } from "@/db/schema";
import type { ConnectionDetails } from "@/lib/connections/get-connection";
import { readSettings } from "@/lib/connections/read-settings";
import type { EmployeeScope } from "@/lib/connections/settings";
import type { WizardStepId } from "@/lib/connections/wizard-steps";

type T = Awaited<ReturnType<typeof getTranslations>>;

export function describeSchedule(t: T, schedule: ConnectionSchedule): string {
  if (schedule.kind === "daily") return t("connections.schedule.daily", { time: schedule.time, timezone: schedule.timezone });
  return schedule.minutes === 60 ? t("connections.schedule.hourly") : t("connections.schedule.interval", { minutes: schedule.minutes });
}

export function describeScope(t: T, scope: EmployeeScope): string {
  if (scope.kind === "all") return t("connections.overview.scopeAll");
  const parts = [
    scope.departments.length ? `${t("wizard.scope.departments")}: ${scope.departments.join(", ")}` : null,
    scope.offices.length ? `${t("wizard.scope.offices")}: ${scope.offices.join(", ")}` : null,
    scope.employmentTypes.length
      ? `${t("wizard.scope.employmentTypes")}: ${scope.employmentTypes.map((v) => t(`wizard.scope.employmentType.${v}`)).join(", ")}`
      : null,
  ].filter(Boolean);
  return t("connections.overview.scopeFilter", { filters: parts.join("; ") });
}

/**
 * A connection's configuration in words (review step, Settings for readers, Overview).
 * Secrets appear only as "stored"; `changeHref` adds a Change link per step.
 */
export async function ConfigurationSummary({ connection, changeHref }: { connection: ConnectionDetails; changeHref?: (step: WizardStepId) => string }) {
  const t = await getTranslations();
  const kind = connection.integration.connectorKind;
  const s = readSettings(kind, connection.integration.connectorPreset, connection.settings);
  const rows: { step: WizardStepId; label: string; value: string; testId: string }[] = [];
  if (kind === "scim") rows.push({ step: "credentials", label: t("wizard.review.target"), value: s.baseUrl || "—", testId: "summary-target" });
  if (kind === "webhook") rows.push({ step: "endpoint", label: t("wizard.review.target"), value: s.url || "—", testId: "summary-target" });
  if (kind !== "partner") {
    rows.push({
      step: kind === "scim" ? "credentials" : "endpoint",
      label: t("wizard.review.secret"),
      value: connection.hasSecrets ? t("wizard.review.secretSet") : t("connections.overview.secretMissing"),
      testId: "summary-secret",
    });
  }
  if (kind === "webhook") {
    rows.push({ step: "events", label: t("wizard.review.events"), value: s.events.join(", "), testId: "summary-events" });
  }
  if (kind !== "partner") rows.push({ step: "scope", label: t("wizard.review.scope"), value: describeScope(t, s.scope), testId: "summary-scope" });
  if (kind === "scim") {
    rows.push({ step: "mapping", label: t("wizard.review.mapping"), value: t("wizard.review.mappingCount", { count: Object.keys(s.mapping).length }), testId: "summary-mapping" });
  }
  if (kind !== "partner") rows.push({ step: "schedule", label: t("wizard.review.schedule"), value: describeSchedule(t, connection.schedule), testId: "summary-schedule" });
  if (kind === "scim") rows.push({ step: "schedule", label: t("wizard.review.leavers"), value: t(`wizard.schedule.leaver.${s.leaverPolicy}`), testId: "summary-leavers" });
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {rows.map((row) => (
        <div key={row.testId} className="flex flex-wrap gap-x-4 py-2">
          <dt className="w-44 shrink-0 text-slate-600">{row.label}</dt>
          <dd className="min-w-0 flex-1 break-words text-slate-900" data-testid={row.testId}>
            {row.value}
          </dd>
          {changeHref ? (
            <dd>
              <Link href={changeHref(row.step)} className="text-indigo-700 hover:underline" aria-label={`${t("wizard.review.edit")}: ${row.label}`}>
                {t("wizard.review.edit")}
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
