"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { updateApiCredentialAction } from "../actions";
import { CredentialFields, valuesFrom, type CredentialValues } from "./credential-fields";

/** Rename, change scopes and employee fields; a change of scopes revokes issued tokens. */
export function EditCredential({ id, current }: { id: string; current: CredentialValues }) {
  const t = useTranslations("api.form");
  const [state, action, pending] = useActionState(updateApiCredentialAction, null);
  const values = state?.ok === false ? valuesFrom(state.values, current) : current;
  return (
    <form action={action} className="space-y-6" noValidate key={JSON.stringify(values)}>
      <input type="hidden" name="id" value={id} />
      {state?.ok === false ? (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {state.error}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-800">
          {state.data.tokensRevoked ? t("savedRevoked") : t("saved")}
        </p>
      ) : null}
      <CredentialFields values={values} errors={state?.ok === false ? state.fieldErrors : undefined} />
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
