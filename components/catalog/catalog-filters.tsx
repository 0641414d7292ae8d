import { CATEGORIES } from "@/lib/catalog/categories";
import { catalogHref, type CatalogMode } from "@/lib/catalog/catalog-href";
import { PARTNER_TIERS, PRICING_MODELS, type CategorySlug } from "@/lib/catalog/integration-meta";
import type { T } from "@/lib/catalog/translator";
import type { CatalogSearchResult } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locales";
import type { CatalogQuery } from "@/lib/validations/catalog";
import { FilterGroup } from "./filter-group";

type Props = { query: CatalogQuery; result: CatalogSearchResult; basePath: string; mode: CatalogMode; locale: Locale; t: T; platform: string };

export function CatalogFilters({ query, result, basePath, mode, locale, t, platform }: Props) {
  const href = (change: Partial<CatalogQuery>) => catalogHref(basePath, query, change);
  const categories = (Object.keys(CATEGORIES) as CategorySlug[]).map((slug) => ({
    label: CATEGORIES[slug][locale],
    href: href({ category: slug }),
    active: query.category === slug,
    count: result.categoryCounts[slug] ?? 0,
  }));
  return (
    <nav aria-label={t("catalog.filters.label")} className="space-y-5">
      <FilterGroup
        title={t("catalog.filters.category")}
        options={[{ label: t("catalog.filters.allCategories"), href: href({ category: undefined }), active: !query.category }, ...categories]}
      />
      <FilterGroup
        title={t("catalog.filters.provider")}
        options={[
          { label: t("catalog.filters.any"), href: href({ provider: undefined }), active: !query.provider },
          { label: t("labels.provider.first_party", { platform }), href: href({ provider: "first_party" }), active: query.provider === "first_party" },
          { label: t("catalog.filters.partners"), href: href({ provider: "partner" }), active: query.provider === "partner" },
        ]}
      />
      <FilterGroup
        title={t("catalog.filters.tier")}
        options={[
          { label: t("catalog.filters.any"), href: href({ tier: undefined }), active: !query.tier },
          ...PARTNER_TIERS.map((tier) => ({ label: t(`labels.tier.${tier}`), href: href({ tier }), active: query.tier === tier })),
        ]}
      />
      <FilterGroup
        title={t("catalog.filters.pricing")}
        options={[
          { label: t("catalog.filters.any"), href: href({ pricing: undefined }), active: !query.pricing },
          ...PRICING_MODELS.map((pricing) => ({ label: t(`catalog.pricing.${pricing}`), href: href({ pricing }), active: query.pricing === pricing })),
        ]}
      />
      <FilterGroup
        title={t("catalog.filters.more")}
        options={[
          { label: t("catalog.filters.monitoring"), href: href({ monitoring: !query.monitoring }), active: query.monitoring },
          ...(mode === "app"
            ? [{ label: t("catalog.filters.connected"), href: href({ connected: !query.connected }), active: query.connected }]
            : []),
        ]}
      />
    </nav>
  );
}
