import type { Ability } from "@/lib/auth/rights";

/** The sidebar: each entry is shown only to those whose rights allow the page behind it. */
export const NAV_ITEMS: { href: string; labelKey: string; ability: Ability }[] = [
  { href: "/marketplace", labelKey: "labels.marketplace", ability: "marketplace:browse" },
  { href: "/connections", labelKey: "labels.connectedIntegrations", ability: "connections:view" },
  { href: "/employees", labelKey: "shell.employees", ability: "employees:view" },
  { href: "/demo-requests", labelKey: "shell.demoRequests", ability: "demo_requests:manage" },
  { href: "/api-credentials", labelKey: "shell.apiCredentials", ability: "api_credentials:manage" },
];
