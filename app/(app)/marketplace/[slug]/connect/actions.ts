"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/current-user";
import { protectedAction } from "@/lib/auth/actions";
import { countEmployeesInScope } from "@/lib/connections/count-employees-in-scope";
import { createConnection } from "@/lib/connections/create-connection";
import { finishConnection } from "@/lib/connections/finish-connection";
import { getConnectionOrThrow, getIntegrationBySlugOrThrow } from "@/lib/connections/get-connection";
import { createInviteLink } from "@/lib/connections/invite-link";
import { issuePartnerCredentials } from "@/lib/connections/issue-partner-credentials";
import { replaceSigningSecret } from "@/lib/connections/replace-signing-secret";
import { saveTarget, type TargetStepOutcome } from "@/lib/connections/save-target";
import type { EmployeeScope } from "@/lib/connections/settings";
import { toTestView, type TestView } from "@/lib/connections/test-view";
import { updateConnectionSettings } from "@/lib/connections/update-connection-settings";
import { userActor } from "@/lib/connections/user-actor";
import { settingsHref, wizardHref } from "@/lib/connections/wizard-href";
import { stepAfter, type WizardStepId } from "@/lib/connections/wizard-steps";
import { AppError } from "@/lib/errors";
import {
  connectionRefSchema,
  consentSchema,
  mappingStepSchema,
  scheduleStepSchema,
  scimCredentialsSchema,
  scopeCountSchema,
  scopeStepSchema,
  webhookEndpointSchema,
  webhookEventsSchema,
} from "@/lib/validations/wizard";

export type StepResult = { saved: boolean; test?: TestView };

const scope = (user: SessionUser, connectionId: string) => ({ organizationId: user.organizationId, connectionId, actor: userActor(user) });

/** After a step was saved: the wizard goes on to the next step, Settings stays and says "Saved". */
async function afterSave(user: SessionUser, connectionId: string, step: WizardStepId, mode: "wizard" | "edit"): Promise<StepResult> {
  const connection = await getConnectionOrThrow({ organizationId: user.organizationId, connectionId });
  revalidatePath(`/connections/${connectionId}`, "layout");
  if (mode === "wizard" && connection.status === "pending") {
    const next = stepAfter(connection.integration.connectorKind, step) ?? step;
    redirect(wizardHref(connection.integration.slug, connectionId, next));
  }
  if (mode === "wizard") redirect(settingsHref(connectionId, step));
  return { saved: true };
}

async function fieldError(field: string, key: "tokenRequired" | "signingSecretRequired"): Promise<never> {
  const t = await getTranslations("validation");
  throw new AppError("invalid_input", key, { fieldErrors: { [field]: t(key) } });
}

async function targetResult(outcome: Exclude<TargetStepOutcome, { status: "missing_secret" }>): Promise<TestView> {
  const t = await getTranslations("wizard.test");
  return toTestView(outcome.result, (code) => t(code));
}

/** Consent to the permissions: the connection exists from here on, pending. */
export const startConnectionAction = protectedAction("connections:start", consentSchema, async ({ slug }, { user }) => {
  const integration = await getIntegrationBySlugOrThrow(slug);
  const connection = await createConnection({ organizationId: user.organizationId, integration, actor: { type: "user", id: user.id, label: user.name } });
  revalidatePath("/connections");
  redirect(wizardHref(slug, connection.id, connection.wizardStep ?? undefined));
});

export const saveScimCredentialsAction = protectedAction("connections:manage", scimCredentialsSchema, async (input, { user }): Promise<StepResult> => {
  const outcome = await saveTarget({
    ...scope(user, input.connectionId),
    kind: "scim",
    step: "credentials",
    target: { baseUrl: input.baseUrl },
    typedSecrets: input.token ? { token: input.token } : {},
    intent: input.intent,
    advance: input.mode === "wizard",
  });
  if (outcome.status === "missing_secret") return fieldError("token", "tokenRequired");
  const test = await targetResult(outcome);
  if (outcome.status === "tested") return { saved: false, test };
  return { ...(await afterSave(user, input.connectionId, "credentials", input.mode)), test };
});

export const saveWebhookEndpointAction = protectedAction("connections:manage", webhookEndpointSchema, async (input, { user }): Promise<StepResult> => {
  const outcome = await saveTarget({
    ...scope(user, input.connectionId),
    kind: "webhook",
    step: "endpoint",
    target: { url: input.url },
    typedSecrets: {},
    intent: input.intent,
    advance: input.mode === "wizard",
  });
  if (outcome.status === "missing_secret") return fieldError("signingSecret", "signingSecretRequired");
  const test = await targetResult(outcome);
  if (outcome.status === "tested") return { saved: false, test };
  return { ...(await afterSave(user, input.connectionId, "endpoint", input.mode)), test };
});

/** Generates or replaces the signing secret; the one response that carries it, to be shown once. */
export const generateSigningSecretAction = protectedAction("connections:manage", connectionRefSchema, async ({ connectionId }, { user }) => {
  const { signingSecret } = await replaceSigningSecret(scope(user, connectionId));
  revalidatePath(`/connections/${connectionId}`, "layout");
  return { signingSecret };
});

export const saveScopeAction = protectedAction("connections:manage", scopeStepSchema, async (input, { user }) => {
  const value: EmployeeScope =
    input.scopeKind === "all"
      ? { kind: "all" }
      : { kind: "filter", departments: input.departments, offices: input.offices, employmentTypes: input.employmentTypes };
  await updateConnectionSettings({ ...scope(user, input.connectionId), step: "scope", settings: { scope: value }, advance: input.mode === "wizard" });
  return afterSave(user, input.connectionId, "scope", input.mode);
});

/** The scope step's live count. */
export const countScopeAction = protectedAction("connections:manage", scopeCountSchema, async (input, { user }) => {
  const value: EmployeeScope =
    input.scopeKind === "all"
      ? { kind: "all" }
      : { kind: "filter", departments: input.departments, offices: input.offices, employmentTypes: input.employmentTypes };
  return { count: await countEmployeesInScope({ organizationId: user.organizationId, scope: value }) };
});

export const saveMappingAction = protectedAction("connections:manage", mappingStepSchema, async (input, { user }) => {
  await updateConnectionSettings({ ...scope(user, input.connectionId), step: "mapping", settings: { mapping: input.mapping }, advance: input.mode === "wizard" });
  return afterSave(user, input.connectionId, "mapping", input.mode);
});

export const saveScheduleAction = protectedAction("connections:manage", scheduleStepSchema, async (input, { user }) => {
  const connection = await getConnectionOrThrow({ organizationId: user.organizationId, connectionId: input.connectionId });
  const schedule =
    input.frequency === "daily"
      ? { kind: "daily" as const, time: input.time, timezone: input.timezone }
      : { kind: "interval" as const, minutes: Number(input.frequency) };
  const settings: Record<string, unknown> = { syncOnEmployeeChange: input.syncOnEmployeeChange };
  if (connection.integration.connectorKind === "scim") settings.leaverPolicy = input.leaverPolicy ?? "deactivate_on_last_day";
  await updateConnectionSettings({ ...scope(user, input.connectionId), step: "schedule", schedule, settings, advance: input.mode === "wizard" });
  return afterSave(user, input.connectionId, "schedule", input.mode);
});

export const saveWebhookEventsAction = protectedAction("connections:manage", webhookEventsSchema, async (input, { user }) => {
  await updateConnectionSettings({ ...scope(user, input.connectionId), step: "events", settings: { events: input.events }, advance: input.mode === "wizard" });
  return afterSave(user, input.connectionId, "events", input.mode);
});

/** The review step's Connect: tests once more, then connected; or the target's error. */
export const finishConnectionAction = protectedAction("connections:manage", connectionRefSchema, async ({ connectionId }, { user }): Promise<StepResult> => {
  const outcome = await finishConnection(scope(user, connectionId));
  if (outcome.status === "failed") {
    const t = await getTranslations("wizard.test");
    return { saved: false, test: toTestView(outcome.result, (code) => t(code)) };
  }
  revalidatePath("/connections", "layout");
  redirect(`/connections/${connectionId}`);
});

export const issuePartnerCredentialsAction = protectedAction("connections:manage", connectionRefSchema, async ({ connectionId }, { user }) => {
  const issued = await issuePartnerCredentials(scope(user, connectionId));
  revalidatePath(`/connections/${connectionId}`, "layout");
  return issued;
});

/** Invite a colleague: a signed, expiring link to this pending set-up. */
export const createInviteAction = protectedAction("connections:start", connectionRefSchema, async ({ connectionId }, { user }) => {
  const h = await headers();
  const baseUrl = process.env.NEXTAUTH_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const { url, expiresAt } = await createInviteLink({ organizationId: user.organizationId, connectionId, actor: { type: "user", id: user.id, label: user.name }, baseUrl });
  return { url, expiresAt: expiresAt.toISOString() };
});
