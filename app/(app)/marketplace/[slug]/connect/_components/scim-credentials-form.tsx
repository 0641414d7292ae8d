"use client";

import { useTranslations } from "next-intl";
import { saveScimCredentialsAction } from "../actions";
import { FieldError, FormError, SECONDARY, StepButtons, StepHidden } from "./form-parts";
import { TestResult } from "./test-result";
import { useStepAction } from "./use-step-action";

type Props = { connectionId: string; mode: "wizard" | "edit"; baseUrl: string; hasToken: boolean; example: string; backHref?: string | null };

/** SCIM credentials: base URL and bearer token, Test connection against the real target, then Next. */
export function ScimCredentialsForm({ connectionId, mode, baseUrl, hasToken, example, backHref }: Props) {
  const t = useTranslations("wizard");
  const { onSubmit, dispatch, pending, data, error, fieldErrors } = useStepAction(saveScimCredentialsAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <StepHidden connectionId={connectionId} mode={mode} />
      <div className="space-y-4">
        <div>
          <label htmlFor="baseUrl" className="block text-sm font-medium text-slate-800">
            {t("credentials.baseUrl")}
          </label>
          <input
            id="baseUrl"
            name="baseUrl"
            type="url"
            defaultValue={baseUrl}
            placeholder={example}
            aria-invalid={fieldErrors.baseUrl ? true : undefined}
            aria-describedby={fieldErrors.baseUrl ? "baseUrl-error" : "baseUrl-hint"}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
          />
          <p id="baseUrl-hint" className="mt-1 text-xs text-slate-500">
            {t("credentials.baseUrlHint", { example })}
          </p>
          <FieldError id="baseUrl-error" error={fieldErrors.baseUrl} />
        </div>
        <div>
          <label htmlFor="token" className="block text-sm font-medium text-slate-800">
            {t("credentials.token")}
          </label>
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            placeholder={hasToken ? "••••••••" : undefined}
            aria-invalid={fieldErrors.token ? true : undefined}
            aria-describedby={fieldErrors.token ? "token-error" : "token-hint"}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
          />
          <p id="token-hint" className="mt-1 text-xs text-slate-500">
            {hasToken ? t("credentials.tokenStored") : t("credentials.tokenHint")}
          </p>
          <FieldError id="token-error" error={fieldErrors.token} />
        </div>
      </div>
      <TestResult test={data?.test} />
      <StepButtons mode={mode} backHref={backHref} pending={pending} saved={data?.saved}>
        <button type="submit" name="intent" value="test" disabled={pending} className={SECONDARY}>
          {pending ? t("test.running") : t("credentials.test")}
        </button>
      </StepButtons>
    </form>
  );
}
