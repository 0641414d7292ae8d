import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditEvents, demoRequests, integrationRequests, integrations, notifications, organizations, type Organization, type User } from "@/db/schema";
import * as apiCredentialActions from "@/app/(app)/api-credentials/actions";
import * as retryActions from "@/app/(app)/connections/[id]/monitoring/runs/[runId]/actions";
import * as connectionActions from "@/app/(app)/connections/actions";
import * as demoInboxActions from "@/app/(app)/demo-requests/actions";
import * as helpActions from "@/app/(app)/marketplace/[slug]/actions";
import * as wizardActions from "@/app/(app)/marketplace/[slug]/connect/actions";
import * as catalogActions from "@/app/(public)/integrations/actions";
import * as integrationRequestActions from "@/app/(public)/request-integration/actions";
import * as appActions from "@/app/actions";
import * as employeeRoute from "@/app/api/v1/employees/[id]/route";
import * as syncRunsRoute from "@/app/api/v1/sync-runs/route";
import * as noticeActions from "@/components/notifications/actions";
import { call, createClient, createPartnerConnection, getToken } from "@/lib/api/testing/api-test-kit";
import { insertConnection, redirectOf } from "@/lib/connections/testing/connection-fixtures";
import { stopBoss } from "@/lib/jobs/boss";
import { createResults, createRun } from "@/lib/monitoring/testing/fixtures";
import { createEmployee, createOrganization, createUser, HR_ADMIN_RIGHTS } from "@/lib/testing/factories";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { signInAs, testSession } from "@/lib/testing/session";
import { startWebhookReceiver } from "@/lib/testing/webhook-receiver";

/**
 * "Every audit event written for every change": each server action and API route that
 * changes data is called once, with valid input, and must leave exactly the audit events
 * listed here (one per change; a settings save that also stores a secret is two), by the
 * right actor, in the right organization, without any secret value. The guard at the end
 * fails when a new action or mutating route appears that this table does not list.
 */

// `after()` needs a request scope: run the demo request's notification at once
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), after: (fn: () => unknown) => void fn() }));

const SCIM_TOKEN = "audit-scim-token-5d1f9e7a3c";
const root = process.cwd();

type Expect = { org: string; actor: { type: "user" | "api_client" | "system"; id: string | null }; secrets?: string[] };
type Case = {
  /** file (relative to the repository) and export */
  at: string;
  /** the audit actions the call must write, or why the export changes nothing worth auditing */
  audit: string[] | { none: string };
  /** what the call needs that writes audit events of its own (an API credential), before counting */
  prepare?: () => Promise<void>;
  /** calls it once with valid input (not needed for an export that changes nothing) */
  run?: () => Promise<Expect>;
};

/** Awaits an action that may end in redirect(); fails on a refused action. */
async function settle(promise: Promise<unknown>): Promise<unknown> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    return redirectOf(Promise.reject(error));
  }
  expect(result, JSON.stringify(result)).not.toMatchObject({ ok: false });
  return result;
}

let peer: ScimPeer;
let org: Organization;
let admin: User;
let colleague: User;
let platform: Organization;
let platformSales: User;
let provider: Organization;
let providerSales: User;
const ctx: Record<string, string> = {};
const byAdmin = (secrets?: string[]): Expect => ({ org: org.id, actor: { type: "user", id: admin.id }, secrets });
const receivers: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  peer = await startScimServer({ token: SCIM_TOKEN });
  org = await createOrganization();
  admin = await createUser(org, HR_ADMIN_RIGHTS);
  colleague = await createUser(org, []);
  for (let i = 0; i < 2; i++) await createEmployee(org, { department: "Engineering" });
  [platform] = await db.select().from(organizations).where(eq(organizations.isPlatform, true));
  platformSales = await createUser(platform, ["demo_requests:manage"]);
  provider = await createOrganization({ kind: "provider" });
  providerSales = await createUser(provider, ["demo_requests:manage"]);
  testSession.headers = { "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
});
afterAll(async () => {
  signInAs(null);
  testSession.headers = {};
  await peer?.stop();
  for (const r of receivers) await r.stop();
  await stopBoss();
});

/** An API client of the organization and a real token (its creation is audited on its own). */
async function apiClient(options: Parameters<typeof createClient>[1]): Promise<void> {
  const { credential, clientSecret } = await createClient(org, options);
  Object.assign(ctx, { credential: credential.id, clientSecret, token: await getToken(credential, clientSecret) });
}

const W = "app/(app)/marketplace/[slug]/connect/actions.ts";
const C = "app/(app)/connections/actions.ts";
const K = "app/(app)/api-credentials/actions.ts";
const R = "app/(public)/request-integration/actions.ts";

const CASES: Case[] = [
  // the SCIM wizard, start to finish
  {
    at: `${W}#startConnectionAction`,
    audit: ["connection.created"],
    run: async () => {
      signInAs(admin);
      const to = (await settle(wizardActions.startConnectionAction({ slug: "scim-generic", consent: "on" }))) as string;
      ctx.scim = new URL(to, "http://x").searchParams.get("connection")!;
      return byAdmin();
    },
  },
  {
    at: `${W}#saveScimCredentialsAction`,
    audit: ["connection.settings_changed", "connection.secret_set"],
    run: async () => {
      await settle(wizardActions.saveScimCredentialsAction({ connectionId: ctx.scim, mode: "wizard", intent: "save", baseUrl: peer.url, token: SCIM_TOKEN }));
      return byAdmin([SCIM_TOKEN]);
    },
  },
  {
    at: `${W}#countScopeAction`,
    audit: { none: "read-only: counts the employees a scope would sync" },
    run: async () => {
      await settle(wizardActions.countScopeAction({ scopeKind: "all" }));
      return byAdmin();
    },
  },
  {
    at: `${W}#saveScopeAction`,
    audit: ["connection.settings_changed"],
    run: async () => {
      await settle(wizardActions.saveScopeAction({ connectionId: ctx.scim, mode: "wizard", scopeKind: "filter", departments: ["Engineering"] }));
      return byAdmin();
    },
  },
  {
    at: `${W}#saveMappingAction`,
    audit: ["connection.settings_changed"],
    run: async () => {
      await settle(wizardActions.saveMappingAction({ connectionId: ctx.scim, mode: "wizard", target: ["userName", "externalId"], source: ["email", "id"] }));
      return byAdmin();
    },
  },
  {
    at: `${W}#saveScheduleAction`,
    audit: ["connection.settings_changed"],
    run: async () => {
      await settle(wizardActions.saveScheduleAction({ connectionId: ctx.scim, mode: "wizard", frequency: "60", leaverPolicy: "deactivate_on_last_day", syncOnEmployeeChange: "on" }));
      return byAdmin();
    },
  },
  {
    at: `${W}#finishConnectionAction`,
    audit: ["connection.status_changed"],
    run: async () => {
      await settle(wizardActions.finishConnectionAction({ connectionId: ctx.scim }));
      return byAdmin([SCIM_TOKEN]);
    },
  },
  {
    at: `${W}#createInviteAction`,
    audit: ["connection.invite_created"],
    run: async () => {
      const pending = await insertConnection(org, "slack", { status: "pending", wizardStep: "credentials" });
      await settle(wizardActions.createInviteAction({ connectionId: pending.id }));
      return byAdmin();
    },
  },
  // a webhook connection: secret, endpoint, events
  {
    at: `${W}#generateSigningSecretAction`,
    audit: ["connection.secret_set"],
    run: async () => {
      const [webhook] = await db.select({ slug: integrations.slug }).from(integrations).where(eq(integrations.connectorKind, "webhook")).limit(1);
      ctx.webhook = (await insertConnection(org, webhook.slug, { status: "pending", wizardStep: "endpoint" })).id;
      const result = (await settle(wizardActions.generateSigningSecretAction({ connectionId: ctx.webhook }))) as { data: { signingSecret: string } };
      ctx.signingSecret = result.data.signingSecret;
      return byAdmin([ctx.signingSecret]);
    },
  },
  {
    at: `${W}#saveWebhookEndpointAction`,
    audit: ["connection.settings_changed"],
    run: async () => {
      const receiver = await startWebhookReceiver({ secret: ctx.signingSecret });
      receivers.push(receiver);
      await settle(wizardActions.saveWebhookEndpointAction({ connectionId: ctx.webhook, mode: "edit", intent: "save", url: receiver.url }));
      return byAdmin([ctx.signingSecret]);
    },
  },
  {
    at: `${W}#saveWebhookEventsAction`,
    audit: ["connection.settings_changed"],
    run: async () => {
      await settle(wizardActions.saveWebhookEventsAction({ connectionId: ctx.webhook, mode: "edit", events: ["employee.updated"] }));
      return byAdmin();
    },
  },
  {
    at: `${W}#issuePartnerCredentialsAction`,
    // the connection's own API credential is created with it
    audit: ["api_credential.created", "connection.credentials_issued"],
    run: async () => {
      const partner = await createPartnerConnection(org);
      const result = (await settle(wizardActions.issuePartnerCredentialsAction({ connectionId: partner.id }))) as { data: { clientSecret: string } };
      return byAdmin([result.data.clientSecret]);
    },
  },
  // the connected SCIM connection's life
  {
    at: "app/(app)/connections/[id]/monitoring/runs/[runId]/actions.ts#retryFailedEmployeesAction",
    audit: ["sync.retry_requested"],
    run: async () => {
      const [person] = await db.execute<{ id: string }>(sql`select id from employees where organization_id = ${org.id} limit 1`).then((r) => r.rows);
      const run = await createRun({ id: ctx.scim, organizationId: org.id }, { status: "partially_succeeded" });
      await createResults(run, [{ employeeId: person.id, operation: "provision", status: "failed", errorCode: "http.500", message: "boom" }]);
      expect(await settle(retryActions.retryFailedEmployeesAction({ connectionId: ctx.scim, runId: run.id }))).toMatchObject({ data: { queued: true } });
      return byAdmin();
    },
  },
  {
    at: `${C}#syncNowAction`,
    audit: ["connection.sync_requested"],
    run: async () => {
      await settle(connectionActions.syncNowAction({ connectionId: ctx.scim }));
      return byAdmin();
    },
  },
  {
    at: `${C}#deactivateAction`,
    audit: ["connection.status_changed"],
    run: async () => {
      await settle(connectionActions.deactivateAction({ connectionId: ctx.scim }));
      return byAdmin();
    },
  },
  {
    at: `${C}#reactivateAction`,
    audit: ["connection.status_changed"],
    run: async () => {
      await settle(connectionActions.reactivateAction({ connectionId: ctx.scim }));
      return byAdmin([SCIM_TOKEN]);
    },
  },
  {
    at: `${C}#dismissNoticeAction`,
    audit: ["notice.dismissed"],
    run: async () => {
      const [notice] = await db.insert(notifications).values({ organizationId: org.id, connectionId: ctx.scim, kind: "connection_quarantined" }).returning();
      await settle(connectionActions.dismissNoticeAction({ noticeId: notice.id }));
      return byAdmin();
    },
  },
  {
    at: "components/notifications/actions.ts#markNoticeReadAction",
    audit: ["notice.read"],
    run: async () => {
      const [notice] = await db.insert(notifications).values({ organizationId: org.id, connectionId: ctx.scim, kind: "sync_failing" }).returning();
      await settle(noticeActions.markNoticeReadAction({ id: notice.id }));
      return byAdmin();
    },
  },
  {
    at: "components/notifications/actions.ts#markNoticeReadFormAction",
    audit: ["notice.read"],
    run: async () => {
      const [notice] = await db.insert(notifications).values({ organizationId: org.id, connectionId: ctx.scim, kind: "sync_failing" }).returning();
      const form = new FormData();
      form.set("id", notice.id);
      await noticeActions.markNoticeReadFormAction(form);
      return byAdmin();
    },
  },
  {
    at: `${C}#disconnectAction`,
    // a connected connection is deactivated first, then disconnected (secrets removed)
    audit: ["connection.status_changed", "connection.disconnected"],
    run: async () => {
      await settle(connectionActions.disconnectAction({ connectionId: ctx.scim }));
      return byAdmin();
    },
  },
  // API credentials
  {
    at: `${K}#createApiCredentialAction`,
    audit: ["api_credential.created"],
    run: async () => {
      const result = (await settle(apiCredentialActions.createApiCredentialAction({ name: "Payroll", scopes: ["employees:read"], fieldAccess: "all" }))) as { data: { id: string; clientSecret: string } };
      ctx.credential = result.data.id;
      return byAdmin([result.data.clientSecret]);
    },
  },
  {
    at: `${K}#updateApiCredentialAction`,
    audit: ["api_credential.updated"],
    run: async () => {
      await settle(apiCredentialActions.updateApiCredentialAction({ id: ctx.credential, name: "Payroll 2", scopes: ["employees:read"], fieldAccess: "all" }));
      return byAdmin();
    },
  },
  {
    at: `${K}#rotateApiCredentialAction`,
    audit: ["api_credential.rotated"],
    run: async () => {
      const result = (await settle(apiCredentialActions.rotateApiCredentialAction({ id: ctx.credential }))) as { data: { clientSecret: string } };
      return byAdmin([result.data.clientSecret]);
    },
  },
  {
    at: `${K}#disableApiCredentialAction`,
    audit: ["api_credential.disabled"],
    run: async () => {
      await settle(apiCredentialActions.disableApiCredentialAction({ id: ctx.credential }));
      return byAdmin();
    },
  },
  {
    at: `${K}#enableApiCredentialAction`,
    audit: ["api_credential.enabled"],
    run: async () => {
      await settle(apiCredentialActions.enableApiCredentialAction({ id: ctx.credential }));
      return byAdmin();
    },
  },
  {
    at: `${K}#deleteApiCredentialAction`,
    audit: ["api_credential.deleted"],
    run: async () => {
      await settle(apiCredentialActions.deleteApiCredentialAction({ id: ctx.credential }));
      return byAdmin();
    },
  },
  // catalog
  {
    at: "app/(app)/marketplace/[slug]/actions.ts#helpFeedbackAction",
    audit: ["support_request.filed"],
    run: async () => {
      const [firstParty] = await db.select({ slug: integrations.slug }).from(integrations).where(eq(integrations.providerType, "first_party")).limit(1);
      await settle(helpActions.helpFeedbackAction({ integration: firstParty.slug, message: "New hires are not invited." }));
      return byAdmin();
    },
  },
  {
    at: "app/(public)/integrations/actions.ts#requestDemoAction",
    audit: ["demo_request.created"],
    run: async () => {
      signInAs(null);
      const [listing] = await db.select().from(integrations).where(eq(integrations.providerType, "partner")).limit(1);
      const email = `audit.${Date.now()}@prospect.test`;
      await settle(catalogActions.requestDemoAction({ integration: listing.slug, name: "Petra", email, company: "Prospect AG", companySize: "51-200", consent: "on" }));
      return { org: listing.providerOrganizationId, actor: { type: "system", id: null } };
    },
  },
  {
    at: "app/(public)/integrations/actions.ts#setCatalogLocaleAction",
    audit: ["user.locale_changed"],
    run: async () => {
      signInAs(admin);
      const form = new FormData();
      form.set("locale", "de");
      await catalogActions.setCatalogLocaleAction(form);
      return byAdmin();
    },
  },
  {
    at: "app/actions.ts#setLocale",
    audit: ["user.locale_changed"],
    run: async () => {
      const form = new FormData();
      form.set("locale", "en");
      await appActions.setLocale(form);
      return byAdmin();
    },
  },
  {
    at: "app/(app)/demo-requests/actions.ts#updateDemoRequestStatusAction",
    audit: ["demo_request.status_changed"],
    run: async () => {
      const [listing] = await db.select({ id: integrations.id }).from(integrations).limit(1);
      const [request] = await db
        .insert(demoRequests)
        .values({ integrationId: listing.id, providerOrganizationId: provider.id, name: "Ana", email: "ana@x.test", company: "X", companySize: "51-200", consent: true })
        .returning();
      signInAs(providerSales);
      await settle(demoInboxActions.updateDemoRequestStatusAction({ id: request.id, status: "contacted" }));
      return { org: provider.id, actor: { type: "user", id: providerSales.id } };
    },
  },
  // integration requests
  {
    at: `${R}#submitIntegrationRequestAction`,
    audit: ["integration_request.created"],
    run: async () => {
      signInAs(admin);
      const result = (await settle(integrationRequestActions.submitIntegrationRequestAction({ toolName: `Audit tool ${Date.now()}`, description: "Sync absences" }))) as { data: { id: string } };
      ctx.integrationRequest = result.data.id;
      return byAdmin();
    },
  },
  {
    at: `${R}#voteAction`,
    audit: ["integration_request.voted"],
    run: async () => {
      signInAs(colleague);
      await settle(integrationRequestActions.voteAction({ id: ctx.integrationRequest, notify: "on" }));
      return { org: org.id, actor: { type: "user", id: colleague.id } };
    },
  },
  {
    at: `${R}#withdrawVoteAction`,
    audit: ["integration_request.vote_withdrawn"],
    run: async () => {
      await settle(integrationRequestActions.withdrawVoteAction({ id: ctx.integrationRequest }));
      return { org: org.id, actor: { type: "user", id: colleague.id } };
    },
  },
  {
    at: `${R}#setIntegrationRequestStatusAction`,
    audit: ["integration_request.status_changed"],
    run: async () => {
      signInAs(platformSales);
      await settle(integrationRequestActions.setIntegrationRequestStatusAction({ id: ctx.integrationRequest, status: "planned" }));
      await db.delete(integrationRequests).where(eq(integrationRequests.id, ctx.integrationRequest));
      return { org: platform.id, actor: { type: "user", id: platformSales.id } };
    },
  },
  // the public API's writes
  {
    at: "app/api/v1/employees/[id]/route.ts#PATCH",
    audit: ["employee.updated"],
    prepare: () => apiClient({ scopes: ["employees:write", "employees:read"] }),
    run: async () => {
      const person = await createEmployee(org);
      const res = await call(employeeRoute.PATCH, { method: "PATCH", path: `/employees/${person.id}`, params: { id: person.id }, body: { external_account_id: "U-1" }, token: ctx.token });
      expect(res.status).toBe(200);
      return { org: org.id, actor: { type: "api_client", id: ctx.credential }, secrets: [ctx.clientSecret, ctx.token] };
    },
  },
  {
    at: "app/api/v1/sync-runs/route.ts#POST",
    audit: ["sync_run.reported"],
    prepare: async () => apiClient({ scopes: ["sync-runs:write"], connectionId: (await createPartnerConnection(org, "connected")).id }),
    run: async () => {
      const person = await createEmployee(org);
      const res = await call(syncRunsRoute.POST, { method: "POST", path: "/sync-runs", body: { items: [{ employee_id: person.id, operation: "provision", status: "succeeded" }] }, token: ctx.token });
      expect(res.status).toBe(201);
      return { org: org.id, actor: { type: "api_client", id: ctx.credential }, secrets: [ctx.clientSecret, ctx.token] };
    },
  },
  { at: "app/api/v1/auth/token/route.ts#POST", audit: { none: "issues an access token; only the credential's last-used time changes" } },
  { at: "app/api/auth/[...nextauth]/route.ts#POST", audit: { none: "signing in and out (throttled by lib/auth/sign-in-throttle)" } },
];

describe("every change writes its audit event", () => {
  for (const c of CASES.filter((c) => c.run)) {
    it(`${c.at} → ${Array.isArray(c.audit) ? c.audit.join(" + ") : "no audit event (" + c.audit.none + ")"}`, async () => {
      await c.prepare?.();
      const [last] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
      const expected = await c.run!();
      const events = await db
        .select()
        .from(auditEvents)
        .where(and(gt(auditEvents.id, last?.id ?? 0), eq(auditEvents.organizationId, expected.org)))
        .orderBy(auditEvents.id);
      expect(events.map((e) => e.action)).toEqual(Array.isArray(c.audit) ? c.audit : []);
      for (const event of events) {
        expect(event).toMatchObject({ actorType: expected.actor.type, actorId: expected.actor.id });
        expect(event.targetId).not.toBe("");
        const stored = JSON.stringify(event);
        for (const secret of [SCIM_TOKEN, ...(expected.secrets ?? [])]) expect(stored).not.toContain(secret);
      }
    });
  }
});

/** Every server action file and every mutating route handler under app/ and components/. */
function mutatingExports(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(rel);
        continue;
      }
      if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      const source = readFileSync(path.join(root, rel), "utf8");
      if (/^\s*["']use server["']/.test(source)) {
        for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)) found.push(`${rel}#${m[1]}`);
      }
      if (/^route\.tsx?$/.test(entry.name)) {
        for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g)) found.push(`${rel}#${m[1]}`);
        for (const m of source.matchAll(/\bas\s+(POST|PUT|PATCH|DELETE)\b/g)) found.push(`${rel}#${m[1]}`);
      }
    }
  };
  for (const dir of ["app", "components", "lib"]) walk(dir);
  return found.sort();
}

describe("the table stays complete", () => {
  it("lists every server action and mutating route handler, and nothing that no longer exists", () => {
    expect(CASES.map((c) => c.at).sort()).toEqual(mutatingExports());
  });
});
