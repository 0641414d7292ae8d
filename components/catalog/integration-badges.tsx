import { Badge } from "@/components/ui/badge";
import type { T } from "@/lib/catalog/translator";
import type { CatalogCard } from "@/lib/catalog/types";

/** Provider ("by <platform>" or the partner), tier and monitoring, each with its explanation. */
export function IntegrationBadges({ item, t, platform }: { item: CatalogCard; t: T; platform: string }) {
  return (
    <div className="flex flex-wrap gap-1.5">
      {item.providerType === "first_party" ? (
        <Badge tone="brand" title={t("catalog.badges.firstPartyHelp", { platform })}>
          {t("labels.provider.first_party", { platform })}
        </Badge>
      ) : (
        <Badge tone="neutral" title={t("catalog.badges.partnerHelp", { partner: item.providerName })}>
          {t("labels.provider.partner")}
        </Badge>
      )}
      {item.tier ? (
        <Badge tone="info" title={t(`catalog.tierHelp.${item.tier}`)}>
          {t(`labels.tier.${item.tier}`)}
        </Badge>
      ) : null}
      {item.monitoringAvailable ? (
        <Badge tone="success" title={t("catalog.badges.monitoringHelp")}>
          {t("catalog.badges.monitoring")}
        </Badge>
      ) : null}
    </div>
  );
}
