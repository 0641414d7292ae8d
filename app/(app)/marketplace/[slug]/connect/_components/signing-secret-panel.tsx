"use client";

import { useTranslations } from "next-intl";
import { generateSigningSecretAction } from "../actions";
import { CopyField } from "./copy-button";
import { FormError, SECONDARY } from "./form-parts";
import { useStepAction } from "./use-step-action";

/** The webhook signing secret: generated on the server, shown once here, stored sealed. */
export function SigningSecretPanel({ connectionId, hasSecret, error }: { connectionId: string; hasSecret: boolean; error?: string }) {
  const t = useTranslations("wizard.endpoint");
  const { onSubmit, dispatch, pending, data, error: actionError } = useStepAction(generateSigningSecretAction);
  const stored = hasSecret || !!data;
  return (
    <section aria-labelledby="secret-title" className="mt-6 rounded-md border border-slate-200 p-4">
      <h3 id="secret-title" className="text-sm font-semibold text-slate-900">
        {t("secretTitle")}
      </h3>
      <FormError error={actionError} />
      {data ? (
        <div className="mt-2 space-y-2">
          <CopyField id="signing-secret" label={t("secretTitle")} value={data.signingSecret} />
          <p className="text-sm text-amber-800">{t("shownOnce")}</p>
        </div>
      ) : (
        <p id="signingSecret-status" className="mt-1 text-sm text-slate-600">
          {stored ? t("secretStored") : t("secretNone")}
        </p>
      )}
      {error ? (
        <p role="alert" className="mt-1 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <form action={dispatch} onSubmit={onSubmit} className="mt-3">
        <input type="hidden" name="connectionId" value={connectionId} />
        <button type="submit" disabled={pending} className={SECONDARY}>
          {stored ? t("replace") : t("generate")}
        </button>
      </form>
    </section>
  );
}
