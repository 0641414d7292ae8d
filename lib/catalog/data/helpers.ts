import type { EmployeeField, Localized, PartnerTier } from "../integration-meta";
import { providers, type PartnerSlug } from "./providers";

/** Small builders that keep the catalog data files short and consistent. */

export const t = (en: string, de: string): Localized => ({ en, de });

type Permission = { field: EmployeeField; access: "read" | "write" };

export const read = (...fields: EmployeeField[]): Permission[] => fields.map((field) => ({ field, access: "read" }));
export const write = (...fields: EmployeeField[]): Permission[] => fields.map((field) => ({ field, access: "write" }));

/** The events every first-party webhook integration subscribes to by default. */
export const EMPLOYEE_EVENTS = ["employee.provisioned", "employee.updated", "employee.deactivated"] as const;
export const employeeEvents = (): string[] => [...EMPLOYEE_EVENTS];

/** Developer details of first-party listings (the platform itself). */
export const PLATFORM_DEVELOPER = {
  name: "Personio",
  website: "https://www.personio.com",
  privacyPolicy: "https://www.personio.com/privacy-policy/",
};

/** Ownership fields of a first-party listing: support goes through the in-app Help & Feedback. */
export const firstParty = () => ({
  provider: "platform",
  tier: null,
  developer: { ...PLATFORM_DEVELOPER },
  support: {},
});

/** Ownership fields of a partner listing, taken from the partner's entry in `providers`. */
export function partner(slug: PartnerSlug): {
  provider: string;
  tier: PartnerTier;
  developer: { name: string; website: string; privacyPolicy: string };
  support: { url: string; email: string };
} {
  const p = providers.find((candidate) => candidate.slug === slug);
  if (!p) throw new Error(`Catalog data: unknown partner provider "${slug}"`);
  const host = new URL(p.website).host;
  return {
    provider: p.slug,
    tier: p.tier,
    developer: { name: p.name, website: p.website, privacyPolicy: `${p.website}/privacy` },
    support: { url: p.supportUrl, email: `support@${host}` },
  };
}

/** Standard setup of a first-party SCIM listing: where to get the token, then the shared wizard steps. */
export const scimSteps = (tokenStep: Localized, scopeHint?: Localized): Localized[] => [
  tokenStep,
  t(
    "In the Marketplace, click Connect and paste the base URL and token into the credentials step, then run Test connection.",
    "Klicken Sie im Marketplace auf Verbinden, fügen Sie Basis-URL und Token im Schritt Zugangsdaten ein und starten Sie Verbindung testen.",
  ),
  scopeHint ??
    t(
      "Choose which employees are in scope (for example by office or department) and review the attribute mapping.",
      "Legen Sie fest, welche Mitarbeitenden synchronisiert werden (z. B. nach Standort oder Abteilung), und prüfen Sie das Attribut-Mapping.",
    ),
  t(
    "Pick a sync schedule, confirm the review step and check the first run under Connected integrations → Monitoring.",
    "Wählen Sie einen Sync-Zeitplan, bestätigen Sie die Übersicht und prüfen Sie den ersten Lauf unter Verbundene Integrationen → Monitoring.",
  ),
];

/** Standard setup of a partner listing: the wizard issues API credentials that the partner's app needs. */
export const partnerSteps = (first: Localized, last: Localized, middle?: Localized): Localized[] => [
  first,
  t(
    "Click Connect in the Marketplace and confirm the requested permissions; the wizard shows the API credentials once, so copy them right away.",
    "Klicken Sie im Marketplace auf Verbinden und bestätigen Sie die angefragten Berechtigungen; der Assistent zeigt die API-Zugangsdaten nur einmal an, kopieren Sie sie sofort.",
  ),
  ...(middle ? [middle] : []),
  last,
];
