import Image from "next/image";
import Link from "next/link";
import type { ConnectionState } from "@/lib/catalog/get-connection-statuses";
import type { T } from "@/lib/catalog/translator";
import type { CatalogCard } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locales";
import { ConnectionStatusBadge } from "./connection-status-badge";
import { IntegrationBadges } from "./integration-badges";

export function IntegrationCard(props: { item: CatalogCard; href: string; locale: Locale; t: T; platform: string; status?: ConnectionState }) {
  const { item, t } = props;
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-indigo-500 hover:border-indigo-300">
      <div className="flex items-start gap-3">
        <Image src={item.logo} alt="" width={40} height={40} className="h-10 w-10 shrink-0 rounded" />
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold text-slate-900">
            <Link href={props.href} className="after:absolute after:inset-0 focus:outline-none">
              {item.name}
            </Link>
          </h2>
          <p className="text-xs text-slate-600">
            {item.providerType === "first_party" ? t("labels.provider.first_party", { platform: props.platform }) : item.providerName}
          </p>
        </div>
        {props.status ? <ConnectionStatusBadge state={props.status} t={t} /> : null}
      </div>
      <p className="flex-1 text-sm text-slate-700">{props.locale === "de" ? item.summaryDe : item.summaryEn}</p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <IntegrationBadges item={item} t={t} platform={props.platform} />
        <span className="text-xs font-medium text-slate-700">{t(`catalog.pricing.${item.pricingModel}`)}</span>
      </div>
    </article>
  );
}
