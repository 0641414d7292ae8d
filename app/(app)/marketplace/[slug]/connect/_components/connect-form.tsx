"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { finishConnectionAction } from "../actions";
import { FormError, PRIMARY, SECONDARY } from "./form-parts";
import { TestResult } from "./test-result";
import { useStepAction } from "./use-step-action";

/** The review step's Connect button: one last test, then connected (or the target's error). */
export function ConnectForm({ connectionId, backHref, label }: { connectionId: string; backHref: string | null; label: string }) {
  const t = useTranslations("wizard");
  const { onSubmit, dispatch, pending, data, error } = useStepAction(finishConnectionAction);
  return (
    <form action={dispatch} onSubmit={onSubmit}>
      <FormError error={error ?? (data && !data.saved ? t("review.connectFailed") : null)} />
      <TestResult test={data?.test} />
      <input type="hidden" name="connectionId" value={connectionId} />
      <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        {backHref ? (
          <Link href={backHref} className={SECONDARY}>
            {t("back")}
          </Link>
        ) : null}
        <button type="submit" disabled={pending} className={`${PRIMARY} ml-auto`}>
          {pending ? t("review.connecting") : label}
        </button>
      </div>
    </form>
  );
}
