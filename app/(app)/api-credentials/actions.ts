"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createApiCredential } from "@/lib/api/create-api-credential";
import { deleteApiCredential } from "@/lib/api/delete-api-credential";
import { isPartnerConnection } from "@/lib/api/list-partner-connections";
import { rotateApiCredential } from "@/lib/api/rotate-api-credential";
import { setApiCredentialStatus } from "@/lib/api/set-api-credential-status";
import { updateApiCredential } from "@/lib/api/update-api-credential";
import type { AuditActor } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/current-user";
import { protectedAction } from "@/lib/auth/actions";
import { AppError } from "@/lib/errors";
import {
  createCredentialSchema,
  credentialFormProblems,
  credentialIdSchema,
  employeeFieldsFromForm,
  updateCredentialSchema,
  type CredentialForm,
} from "@/lib/validations/api-credentials";

const actor = (user: SessionUser): AuditActor => ({ type: "user", id: user.id, label: user.name });

/** The checks a person needs explained, in their language, all fields at once. */
async function assertValid(input: CredentialForm): Promise<void> {
  const problems = credentialFormProblems(input);
  if (Object.keys(problems).length === 0) return;
  const t = await getTranslations("api");
  const fieldErrors = Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key as never)]));
  throw new AppError("invalid_input", "invalid credential form", { fieldErrors });
}

/** Creates credentials; the secret comes back here, once, and is never shown again. */
export const createApiCredentialAction = protectedAction("api_credentials:manage", createCredentialSchema, async (input, { user }) => {
  await assertValid(input);
  if (input.connectionId && !(await isPartnerConnection({ organizationId: user.organizationId, connectionId: input.connectionId }))) {
    const t = await getTranslations("api");
    throw new AppError("invalid_input", "not a partner connection of this organization", { fieldErrors: { connectionId: t("form.connectionInvalid") } });
  }
  const { credential, clientSecret } = await createApiCredential({
    organizationId: user.organizationId,
    name: input.name,
    scopes: input.scopes,
    employeeFields: employeeFieldsFromForm(input),
    connectionId: input.connectionId,
    actor: actor(user),
  });
  revalidatePath("/api-credentials");
  return { id: credential.id, name: credential.name, clientId: credential.clientId, clientSecret };
});

export const updateApiCredentialAction = protectedAction("api_credentials:manage", updateCredentialSchema, async (input, { user }) => {
  await assertValid(input);
  const result = await updateApiCredential({
    organizationId: user.organizationId,
    credentialId: input.id,
    name: input.name,
    scopes: input.scopes,
    employeeFields: employeeFieldsFromForm(input),
    actor: actor(user),
  });
  revalidatePath("/api-credentials");
  revalidatePath(`/api-credentials/${input.id}`);
  return result;
});

/** A new secret, shown once; the old one and its tokens stop working at once. */
export const rotateApiCredentialAction = protectedAction("api_credentials:manage", credentialIdSchema, async ({ id }, { user }) => {
  const result = await rotateApiCredential({ organizationId: user.organizationId, credentialId: id, actor: actor(user) });
  revalidatePath("/api-credentials");
  revalidatePath(`/api-credentials/${id}`);
  return result;
});

export const disableApiCredentialAction = protectedAction("api_credentials:manage", credentialIdSchema, async ({ id }, { user }) => {
  await setApiCredentialStatus({ organizationId: user.organizationId, credentialId: id, status: "disabled", actor: actor(user) });
  revalidatePath("/api-credentials");
  revalidatePath(`/api-credentials/${id}`);
});

export const enableApiCredentialAction = protectedAction("api_credentials:manage", credentialIdSchema, async ({ id }, { user }) => {
  await setApiCredentialStatus({ organizationId: user.organizationId, credentialId: id, status: "active", actor: actor(user) });
  revalidatePath("/api-credentials");
  revalidatePath(`/api-credentials/${id}`);
});

export const deleteApiCredentialAction = protectedAction("api_credentials:manage", credentialIdSchema, async ({ id }, { user }) => {
  await deleteApiCredential({ organizationId: user.organizationId, credentialId: id, actor: actor(user) });
  revalidatePath("/api-credentials");
  redirect("/api-credentials");
});
