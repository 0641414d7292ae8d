import { getTranslations } from "next-intl/server";
import { durationMessage } from "@/lib/monitoring/format-duration";

export async function formatDuration(ms: number | null): Promise<string> {
  const t = await getTranslations("monitoring.duration");
  if (ms === null) return t("running");
  const { key, values } = durationMessage(ms);
  return t(key, values);
}
