import type { CategorySlug, EmployeeField, Localized, PartnerTier } from "./integration-meta";

export type ProviderType = "first_party" | "partner";
export type PricingModel = "free" | "included" | "paid" | "on_request";

/** What a catalog card shows; both languages, so one cached result serves everyone. */
export type CatalogCard = {
  id: string;
  slug: string;
  name: string;
  logo: string;
  summaryEn: string;
  summaryDe: string;
  providerType: ProviderType;
  providerName: string;
  tier: PartnerTier | null;
  pricingModel: PricingModel;
  monitoringAvailable: boolean;
  categories: CategorySlug[];
};

export type CatalogSearchResult = {
  items: CatalogCard[];
  total: number;
  page: number;
  pageCount: number;
  /** matches per category under every other filter (faceted counts) */
  categoryCounts: Partial<Record<CategorySlug, number>>;
};

export type IntegrationDetail = CatalogCard & {
  descriptionEn: string;
  descriptionDe: string;
  pricingNote: Localized | null;
  permissions: { field: EmployeeField; access: "read" | "write" }[];
  setupSteps: Localized[];
  screenshots: { src: string; caption: Localized }[];
  connectorKind: "scim" | "webhook" | "partner";
  developerName: string;
  developerWebsite: string;
  privacyPolicyUrl: string;
  supportUrl: string | null;
  supportEmail: string | null;
  providerOrganizationId: string;
  publishedAt: string;
};
