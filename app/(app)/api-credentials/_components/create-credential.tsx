"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { createApiCredentialAction } from "../actions";
import { CredentialFields, valuesFrom } from "./credential-fields";
import { SecretReveal } from "./secret-reveal";

const EMPTY = { name: "", scopes: [], employeeFields: null };

/** The create form; on success it gives way to the secret, shown once. */
export function CreateCredential({ connections, preselected }: { connections: { id: string; label: string }[]; preselected?: string }) {
  const t = useTranslations("api");
  const [state, action, pending] = useActionState(createApiCredentialAction, null);
  if (state?.ok) return <SecretReveal clientId={state.data.clientId} clientSecret={state.data.clientSecret} doneHref={`/api-credentials/${state.data.id}`} />;
  const echo = state?.ok === false ? state.values : undefined;
  const errors = state?.ok === false ? state.fieldErrors : undefined;
  const values = valuesFrom(echo, EMPTY);
  return (
    <form action={action} className="space-y-6" noValidate key={JSON.stringify(values)}>
      {state?.ok === false ? (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {state.error}
        </p>
      ) : null}
      {connections.length > 0 ? (
        <div className="space-y-1">
          <label htmlFor="connectionId" className="block text-sm font-medium text-slate-800">
            {t("form.connection")}
          </label>
          <select
            id="connectionId"
            name="connectionId"
            defaultValue={typeof echo?.connectionId === "string" ? echo.connectionId : (preselected ?? "")}
            aria-describedby={errors?.connectionId ? "connectionId-error" : "connectionId-hint"}
            aria-invalid={errors?.connectionId ? true : undefined}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
          >
            <option value="">{t("form.connectionNone")}</option>
            {connections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {errors?.connectionId ? (
            <p id="connectionId-error" role="alert" className="text-sm text-rose-700">
              {errors.connectionId}
            </p>
          ) : (
            <p id="connectionId-hint" className="text-xs text-slate-500">
              {t("form.connectionHint")}
            </p>
          )}
        </div>
      ) : null}
      <CredentialFields values={values} errors={errors} />
      <Button type="submit" disabled={pending}>
        {t("form.create")}
      </Button>
    </form>
  );
}
