import type { Right } from "../../lib/auth/rights";

export const DEMO_PASSWORD = "demo-password";

/** One user per kind of DESIGN.md's table (README lists them). `org` is an organization slug. */
export const DEMO_USERS: { email: string; name: string; org: string; rights: Right[]; locale?: "en" | "de" }[] = [
  { email: "admin@acme.test", name: "Hanna Berger", org: "acme", rights: ["marketplace:edit", "api:edit"] },
  { email: "support@acme.test", name: "Tobias Lang", org: "acme", rights: ["monitoring:view"] },
  { email: "employee@acme.test", name: "Mila Novak", org: "acme", rights: [] },
  { email: "admin@globex.test", name: "Grace Hopkins", org: "globex", rights: ["marketplace:edit", "api:edit"] },
  { email: "sales@platform.test", name: "Paula Weiss", org: "platform", rights: ["demo_requests:manage"] },
  { email: "sales@partner.test", name: "Jan Kowalski", org: "lernwerk", rights: ["demo_requests:manage"] },
];

export const DEMO_COMPANIES = [
  { slug: "acme", name: "Acme GmbH", domain: "acme.test", employees: 260, seed: 42 },
  { slug: "globex", name: "Globex Europe B.V.", domain: "globex.test", employees: 40, seed: 7 },
] as const;
