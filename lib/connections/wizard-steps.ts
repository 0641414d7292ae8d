import type { z } from "zod";
import type { ConnectorKind } from "@/lib/catalog/integration-meta";
import {
  consentSchema,
  mappingStepSchema,
  scheduleStepSchema,
  scimCredentialsSchema,
  scopeStepSchema,
  webhookEndpointSchema,
  webhookEventsSchema,
  connectionRefSchema,
} from "@/lib/validations/wizard";

export type WizardStepId = "permissions" | "credentials" | "endpoint" | "events" | "scope" | "mapping" | "schedule" | "review";

type StepDeclaration = {
  id: WizardStepId;
  /** what the step's form posts */
  schema: z.ZodType;
  /** shown again under Settings (Edit configuration) once connected */
  editable: boolean;
};

/**
 * The configuration wizard, declared per connector kind of the catalog: the steps in
 * order, each with the zod schema of its form. The wizard page, its actions and the
 * Settings tab all read this one table.
 */
export const WIZARD_STEPS: Record<ConnectorKind, readonly StepDeclaration[]> = {
  scim: [
    { id: "permissions", schema: consentSchema, editable: false },
    { id: "credentials", schema: scimCredentialsSchema, editable: true },
    { id: "scope", schema: scopeStepSchema, editable: true },
    { id: "mapping", schema: mappingStepSchema, editable: true },
    { id: "schedule", schema: scheduleStepSchema, editable: true },
    { id: "review", schema: connectionRefSchema, editable: false },
  ],
  webhook: [
    { id: "permissions", schema: consentSchema, editable: false },
    { id: "endpoint", schema: webhookEndpointSchema, editable: true },
    { id: "events", schema: webhookEventsSchema, editable: true },
    { id: "scope", schema: scopeStepSchema, editable: true },
    { id: "schedule", schema: scheduleStepSchema, editable: true },
    { id: "review", schema: connectionRefSchema, editable: false },
  ],
  partner: [
    { id: "permissions", schema: consentSchema, editable: false },
    { id: "credentials", schema: connectionRefSchema, editable: false },
  ],
};

export function stepIds(kind: ConnectorKind): WizardStepId[] {
  return WIZARD_STEPS[kind].map((s) => s.id);
}

export function editableSteps(kind: ConnectorKind): Exclude<WizardStepId, "permissions" | "review">[] {
  return WIZARD_STEPS[kind].filter((s) => s.editable && s.id !== "permissions" && s.id !== "review").map((s) => s.id as Exclude<WizardStepId, "permissions" | "review">);
}

export function isStepOf(kind: ConnectorKind, step: string | undefined | null): step is WizardStepId {
  return !!step && stepIds(kind).includes(step as WizardStepId);
}

export function stepAfter(kind: ConnectorKind, step: WizardStepId): WizardStepId | null {
  const ids = stepIds(kind);
  return ids[ids.indexOf(step) + 1] ?? null;
}

export function stepBefore(kind: ConnectorKind, step: WizardStepId): WizardStepId | null {
  const ids = stepIds(kind);
  const i = ids.indexOf(step);
  return i > 0 ? ids[i - 1] : null;
}

/** The furthest of two steps: the wizard never goes back on what was reached. */
export function furthestStep(kind: ConnectorKind, a: string | null | undefined, b: WizardStepId): WizardStepId {
  const ids = stepIds(kind);
  const ia = isStepOf(kind, a) ? ids.indexOf(a) : -1;
  return ia > ids.indexOf(b) ? (a as WizardStepId) : b;
}

/**
 * Which step to show for a request: the one asked for when it has been reached,
 * else the step reached so far (no skipping ahead of unfinished steps).
 */
export function resolveStep(kind: ConnectorKind, reached: string | null | undefined, requested: string | undefined): WizardStepId {
  const ids = stepIds(kind);
  const reachedStep: WizardStepId = isStepOf(kind, reached) ? reached : ids[Math.min(1, ids.length - 1)];
  if (!isStepOf(kind, requested)) return reachedStep;
  return ids.indexOf(requested) <= ids.indexOf(reachedStep) ? requested : reachedStep;
}
