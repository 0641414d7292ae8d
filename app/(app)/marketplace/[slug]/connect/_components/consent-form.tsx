"use client";

import { useTranslations } from "next-intl";
import { startConnectionAction } from "../actions";
import { FieldError, FormError, PRIMARY } from "./form-parts";
import { useStepAction } from "./use-step-action";

/** The first step: consenting to the permissions creates the pending connection. */
export function ConsentForm({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations("wizard");
  const { onSubmit, dispatch, pending, error, fieldErrors } = useStepAction(startConnectionAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate>
      <FormError error={fieldErrors.consent ? null : error} />
      <input type="hidden" name="slug" value={slug} />
      <div className="flex items-start gap-2">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          aria-invalid={fieldErrors.consent ? true : undefined}
          aria-describedby={fieldErrors.consent ? "consent-error" : undefined}
          className="mt-1 h-4 w-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-500"
        />
        <label htmlFor="consent" className="text-sm text-slate-800">
          {t("permissions.consent", { name })}
        </label>
      </div>
      <FieldError id="consent-error" error={fieldErrors.consent} />
      <div className="mt-6 flex border-t border-slate-200 pt-4">
        <button type="submit" disabled={pending} className={`${PRIMARY} ml-auto`}>
          {pending ? t("saving") : t("permissions.agree")}
        </button>
      </div>
    </form>
  );
}
