"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { createApiCredentialAction } from "../actions";
import { CredentialFields, valuesFrom } from "./credential-fields";
import { SecretReveal } from "./secret-reveal";

const EMPTY = { name: "", scopes: [], employeeFields: null };

/** The create form; on success it gives way to the secret, shown once. */
export function CreateCredential() {
  const t = useTranslations("api");
  const [state, action, pending] = useActionState(createApiCredentialAction, null);
  if (state?.ok) return <SecretReveal clientId={state.data.clientId} clientSecret={state.data.clientSecret} doneHref={`/api-credentials/${state.data.id}`} />;
  const values = valuesFrom(state?.ok === false ? state.values : undefined, EMPTY);
  return (
    <form action={action} className="space-y-6" noValidate key={JSON.stringify(values)}>
      {state?.ok === false ? (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {state.error}
        </p>
      ) : null}
      <CredentialFields values={values} errors={state?.ok === false ? state.fieldErrors : undefined} />
      <Button type="submit" disabled={pending}>
        {t("form.create")}
      </Button>
    </form>
  );
}
