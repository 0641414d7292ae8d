import type { CategorySlug, Localized } from "./integration-meta";

/** Category names in both languages, in display order. */
export const CATEGORIES: Record<CategorySlug, Localized> = {
  "identity-access": { en: "Identity & access", de: "Identität & Zugriff" },
  "team-communication": { en: "Team communication", de: "Teamkommunikation" },
  payroll: { en: "Payroll", de: "Lohn & Gehalt" },
  recruiting: { en: "Recruiting", de: "Recruiting" },
  learning: { en: "Learning", de: "Weiterbildung" },
  performance: { en: "Performance", de: "Performance" },
  "time-tracking": { en: "Time tracking", de: "Zeiterfassung" },
  benefits: { en: "Benefits", de: "Benefits" },
  expenses: { en: "Expenses", de: "Spesen" },
  accounting: { en: "Accounting", de: "Buchhaltung" },
  analytics: { en: "Analytics", de: "Analysen" },
  "it-assets": { en: "IT assets", de: "IT-Ausstattung" },
};
