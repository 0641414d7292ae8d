import { and, asc, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { demoRequests, integrations } from "@/db/schema";
import type { DemoInboxQuery } from "@/lib/validations/demo-requests";

export const INBOX_PAGE_SIZE = 50;

export type DemoRequestRow = {
  id: string;
  integrationId: string;
  integrationName: string;
  integrationSlug: string;
  name: string;
  email: string;
  company: string;
  companySize: string;
  phone: string | null;
  message: string | null;
  consent: boolean;
  status: "new" | "contacted" | "scheduled" | "closed";
  locale: string;
  createdAt: Date;
};

function conditions(providerOrganizationId: string, query: DemoInboxQuery): SQL | undefined {
  return and(
    eq(demoRequests.providerOrganizationId, providerOrganizationId),
    query.integration ? eq(demoRequests.integrationId, query.integration) : undefined,
    query.status ? eq(demoRequests.status, query.status) : undefined,
  );
}

const columns = {
  id: demoRequests.id,
  integrationId: demoRequests.integrationId,
  integrationName: integrations.name,
  integrationSlug: integrations.slug,
  name: demoRequests.name,
  email: demoRequests.email,
  company: demoRequests.company,
  companySize: demoRequests.companySize,
  phone: demoRequests.phone,
  message: demoRequests.message,
  consent: demoRequests.consent,
  status: demoRequests.status,
  locale: demoRequests.locale,
  createdAt: demoRequests.createdAt,
};

/** One page of the provider's inbox, newest first, keyset-paged by (created_at, id). Never another provider's rows. */
export async function listDemoRequests(
  providerOrganizationId: string,
  query: DemoInboxQuery,
  limit = INBOX_PAGE_SIZE,
): Promise<{ rows: DemoRequestRow[]; next: string | null }> {
  let cursor: SQL | undefined;
  if (query.after) {
    const [at, id] = query.after.split("_");
    const date = new Date(at);
    cursor = or(lt(demoRequests.createdAt, date), and(eq(demoRequests.createdAt, date), lt(demoRequests.id, id)));
  }
  const rows = await db
    .select(columns)
    .from(demoRequests)
    .innerJoin(integrations, eq(integrations.id, demoRequests.integrationId))
    .where(and(conditions(providerOrganizationId, query), cursor))
    .orderBy(desc(demoRequests.createdAt), desc(demoRequests.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}

/** Every matching request for the CSV export (newest first, capped). */
export async function exportDemoRequests(providerOrganizationId: string, query: DemoInboxQuery, cap = 10_000): Promise<DemoRequestRow[]> {
  return db
    .select(columns)
    .from(demoRequests)
    .innerJoin(integrations, eq(integrations.id, demoRequests.integrationId))
    .where(conditions(providerOrganizationId, { ...query, after: undefined }))
    .orderBy(desc(demoRequests.createdAt), desc(demoRequests.id))
    .limit(cap);
}

/** The provider's own integrations, for the inbox's integration filter. */
export async function listProviderIntegrations(providerOrganizationId: string) {
  return db
    .select({ id: integrations.id, name: integrations.name })
    .from(integrations)
    .where(eq(integrations.providerOrganizationId, providerOrganizationId))
    .orderBy(asc(integrations.name));
}
