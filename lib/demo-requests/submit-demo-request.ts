import { and, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db";
import { demoRequests, integrations } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { consumeRateLimits, type RateLimitRule } from "@/lib/catalog/rate-limit";
import { AppError } from "@/lib/errors";
import type { DemoRequestInput } from "@/lib/validations/demo-requests";

export const DEMO_RATE_LIMITS = {
  perAddress: { name: "demo-address", points: 20, durationSeconds: 10 * 60 },
  perEmail: { name: "demo-email", points: 5, durationSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/** The audit actor of a demo request: an anonymous visitor of the public form. */
const PUBLIC_FORM: AuditActor = { type: "system", label: "public demo request form" };

export type SubmittedDemoRequest = { id: string; created: boolean; integrationId: string; providerOrganizationId: string };

/**
 * Files a demo request for an integration's provider. The honeypot (`website`)
 * filled in means a bot: nothing is stored, and the bot is told it worked. The
 * same email and integration within 24 hours is one request: the existing one
 * is updated, not duplicated (an advisory lock serializes concurrent submissions).
 */
export async function submitDemoRequest(options: {
  input: DemoRequestInput;
  address: string;
  locale: string;
}): Promise<SubmittedDemoRequest | null> {
  const { input } = options;
  if (input.website) return null;
  const [integration] = await db
    .select({ id: integrations.id, providerOrganizationId: integrations.providerOrganizationId })
    .from(integrations)
    .where(eq(integrations.slug, input.integration))
    .limit(1);
  if (!integration) throw new AppError("not_found", "integration not found");

  const email = input.email.toLowerCase();
  await consumeRateLimits([
    { rule: DEMO_RATE_LIMITS.perAddress, key: options.address },
    { rule: DEMO_RATE_LIMITS.perEmail, key: email },
  ]);

  const fields = {
    name: input.name,
    email: input.email,
    company: input.company,
    companySize: input.companySize,
    phone: input.phone ?? null,
    message: input.message ?? null,
    consent: input.consent,
    locale: options.locale,
  };
  const audited = { organizationId: integration.providerOrganizationId, actor: PUBLIC_FORM, targetType: "demo_request", changes: { integrationId: integration.id } };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`demo:${integration.id}:${email}`}))`);
    const [existing] = await tx
      .select({ id: demoRequests.id })
      .from(demoRequests)
      .where(
        and(
          eq(demoRequests.integrationId, integration.id),
          eq(sql`lower(${demoRequests.email})`, email),
          gt(demoRequests.createdAt, sql`now() - interval '24 hours'`),
        ),
      )
      .limit(1);
    if (existing) {
      await tx
        .update(demoRequests)
        .set({ ...fields, message: fields.message ?? sql`${demoRequests.message}`, updatedAt: new Date() })
        .where(eq(demoRequests.id, existing.id));
      await recordAuditEvent({ ...audited, action: "demo_request.updated", targetId: existing.id }, tx);
      return { id: existing.id, created: false, integrationId: integration.id, providerOrganizationId: integration.providerOrganizationId };
    }
    const [row] = await tx
      .insert(demoRequests)
      .values({ ...fields, integrationId: integration.id, providerOrganizationId: integration.providerOrganizationId })
      .returning({ id: demoRequests.id });
    await recordAuditEvent({ ...audited, action: "demo_request.created", targetId: row.id }, tx);
    return { id: row.id, created: true, integrationId: integration.id, providerOrganizationId: integration.providerOrganizationId };
  });
}
