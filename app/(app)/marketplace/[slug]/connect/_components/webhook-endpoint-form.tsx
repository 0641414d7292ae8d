"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { saveWebhookEndpointAction } from "../actions";
import { FieldError, FormError, PRIMARY, SECONDARY, StepHidden } from "./form-parts";
import { SigningSecretPanel } from "./signing-secret-panel";
import { TestResult } from "./test-result";
import { useStepAction } from "./use-step-action";

type Props = { connectionId: string; mode: "wizard" | "edit"; url: string; hasSecret: boolean; backHref?: string | null };

/** Webhook endpoint: URL, signing secret (generated, shown once), Test delivery, then Next. */
export function WebhookEndpointForm({ connectionId, mode, url, hasSecret, backHref }: Props) {
  const t = useTranslations("wizard");
  const { onSubmit, dispatch, pending, data, error, fieldErrors } = useStepAction(saveWebhookEndpointAction);
  return (
    <>
      <form id="endpoint-form" action={dispatch} onSubmit={onSubmit} noValidate>
        <FormError error={fieldErrors.signingSecret ? null : error} />
        <StepHidden connectionId={connectionId} mode={mode} />
        <label htmlFor="url" className="block text-sm font-medium text-slate-800">
          {t("endpoint.url")}
        </label>
        <input
          id="url"
          name="url"
          type="url"
          defaultValue={url}
          aria-invalid={fieldErrors.url ? true : undefined}
          aria-describedby={fieldErrors.url ? "url-error" : "url-hint"}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
        />
        <p id="url-hint" className="mt-1 text-xs text-slate-500">
          {t("endpoint.urlHint")}
        </p>
        <FieldError id="url-error" error={fieldErrors.url} />
      </form>
      <SigningSecretPanel connectionId={connectionId} hasSecret={hasSecret} error={fieldErrors.signingSecret} />
      <TestResult test={data?.test} />
      {/* The buttons belong to the endpoint form (form attribute), below the secret panel. */}
      <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        {mode === "wizard" && backHref ? (
          <Link href={backHref} className={SECONDARY}>
            {t("back")}
          </Link>
        ) : null}
        <button type="submit" form="endpoint-form" name="intent" value="test" disabled={pending} className={SECONDARY}>
          {pending ? t("test.running") : t("endpoint.testDelivery")}
        </button>
        <button type="submit" form="endpoint-form" name="intent" value="save" disabled={pending} className={`${PRIMARY} ml-auto`}>
          {pending ? t("saving") : mode === "wizard" ? t("next") : t("save")}
        </button>
        {data?.saved ? (
          <p role="status" className="w-full text-right text-sm text-emerald-700">
            {t("saved")}
          </p>
        ) : null}
      </div>
    </>
  );
}
