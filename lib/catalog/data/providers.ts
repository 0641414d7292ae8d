import type { PartnerTier } from "../integration-meta";

/**
 * Partner organizations that own catalog listings. The platform itself (provider
 * slug "platform", owner of the first-party integrations) is implicit and not listed.
 * All partners are fictional and use `.example` domains.
 */
export interface PartnerProvider {
  slug: string;
  name: string;
  tier: PartnerTier;
  website: string;
  supportUrl: string;
}

export const providers = [
  { slug: "lernwerk", name: "Lernwerk GmbH", tier: "elite", website: "https://lernwerk.example", supportUrl: "https://lernwerk.example/support" },
  { slug: "payflow", name: "PayFlow Europe", tier: "premier", website: "https://payflow.example", supportUrl: "https://payflow.example/support" },
  { slug: "hireharbor", name: "HireHarbor Ltd", tier: "elite", website: "https://hireharbor.example", supportUrl: "https://hireharbor.example/support" },
  { slug: "talentpfad", name: "Talentpfad GmbH", tier: "select", website: "https://talentpfad.example", supportUrl: "https://talentpfad.example/support" },
  { slug: "zeitwerk", name: "Zeitwerk Software GmbH", tier: "select", website: "https://zeitwerk.example", supportUrl: "https://zeitwerk.example/support" },
  { slug: "clockpoint", name: "Clockpoint Systems AG", tier: "elite", website: "https://clockpoint.example", supportUrl: "https://clockpoint.example/support" },
  { slug: "benefitbox", name: "BenefitBox AG", tier: "premier", website: "https://benefitbox.example", supportUrl: "https://benefitbox.example/support" },
  { slug: "vorsorgeplus", name: "VorsorgePlus Pensionsmanagement GmbH", tier: "elite", website: "https://vorsorgeplus.example", supportUrl: "https://vorsorgeplus.example/support" },
  { slug: "movewell", name: "Movewell Europe B.V.", tier: "select", website: "https://movewell.example", supportUrl: "https://movewell.example/support" },
  { slug: "spesenfix", name: "Spesenfix GmbH", tier: "select", website: "https://spesenfix.example", supportUrl: "https://spesenfix.example/support" },
  { slug: "ledgerline", name: "Ledgerline B.V.", tier: "elite", website: "https://ledgerline.example", supportUrl: "https://ledgerline.example/support" },
  { slug: "bilanzwerk", name: "Bilanzwerk Software GmbH", tier: "select", website: "https://bilanzwerk.example", supportUrl: "https://bilanzwerk.example/support" },
  { slug: "insightloop", name: "Insightloop Analytics Ltd", tier: "select", website: "https://insightloop.example", supportUrl: "https://insightloop.example/support" },
  { slug: "growthcircle", name: "GrowthCircle Oy", tier: "elite", website: "https://growthcircle.example", supportUrl: "https://growthcircle.example/support" },
  { slug: "teamfunk", name: "Teamfunk GmbH", tier: "select", website: "https://teamfunk.example", supportUrl: "https://teamfunk.example/support" },
  { slug: "assetory", name: "Assetory GmbH", tier: "select", website: "https://assetory.example", supportUrl: "https://assetory.example/support" },
  { slug: "deskbridge", name: "Deskbridge Inc.", tier: "premier", website: "https://deskbridge.example", supportUrl: "https://deskbridge.example/support" },
  { slug: "keystone", name: "Keystone Identity S.A.", tier: "premier", website: "https://keystone-identity.example", supportUrl: "https://keystone-identity.example/support" },
  { slug: "lohnkontor", name: "Lohnkontor Payroll Services GmbH", tier: "select", website: "https://lohnkontor.example", supportUrl: "https://lohnkontor.example/support" },
  { slug: "sprachraum", name: "Sprachraum Language Coaching GmbH", tier: "select", website: "https://sprachraum.example", supportUrl: "https://sprachraum.example/support" },
] as const satisfies readonly PartnerProvider[];

export type PartnerSlug = (typeof providers)[number]["slug"];
