import { createTranslator } from "next-intl";
import de from "@/lib/i18n/messages/de/monitoring.json";
import en from "@/lib/i18n/messages/en/monitoring.json";
import { monitoringPath } from "./paths";

export const ALERT_KINDS = ["sync_failing", "sync_partially_failing", "sync_recovered"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export type AlertParams = { integrationName: string; runId: string; connectionId: string };

/**
 * The alert email in the recipient's language. Plain text: subject, what
 * happened, and the link to the run (Show details for failures).
 */
export function buildAlertEmail(options: { kind: AlertKind; params: AlertParams; locale: string | null; baseUrl: string }): { subject: string; text: string } {
  const locale = options.locale === "de" ? "de" : "en";
  const t = createTranslator({ locale, messages: { monitoring: locale === "de" ? de : en }, namespace: "monitoring.alerts" });
  const { integrationName, runId, connectionId } = options.params;
  const url = new URL(monitoringPath(connectionId, options.kind === "sync_recovered" ? undefined : runId), options.baseUrl).toString();
  return {
    subject: t(`${options.kind}.subject`, { integration: integrationName }),
    text: [t(`${options.kind}.body`, { integration: integrationName }), "", `${t("open")}: ${url}`, "", t("footer")].join("\n"),
  };
}
