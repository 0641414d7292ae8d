"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { retryFailedEmployeesAction } from "../actions";

/** "Retry failed employees": a real form posting to the server action, with its outcome announced. */
export function RetryForm({ connectionId, runId, failed, runsHref }: { connectionId: string; runId: string; failed: number; runsHref: string }) {
  const t = useTranslations("monitoring.retry");
  const [state, action, pending] = useActionState(retryFailedEmployeesAction, null);
  let message: string | null = null;
  let ok = false;
  if (state?.ok) {
    ok = state.data.queued;
    message = state.data.queued ? t("queued", { count: state.data.employees }) : t(state.data.reason);
  } else if (state) {
    message = state.error;
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="connectionId" value={connectionId} />
      <input type="hidden" name="runId" value={runId} />
      {ok ? null : (
        <>
          <button
            type="submit"
            disabled={pending}
            className="inline-flex items-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:bg-indigo-300"
          >
            {t("button")}
          </button>
          <span className="text-sm text-slate-600">{t("hint", { count: failed })}</span>
        </>
      )}
      <p role="status" aria-live="polite" className={`w-full text-sm ${ok ? "text-emerald-800" : "text-rose-800"}`}>
        {message}
        {ok ? (
          <>
            {" "}
            <Link href={runsHref} className="text-indigo-700 hover:underline">
              {t("openRuns")}
            </Link>
          </>
        ) : null}
      </p>
    </form>
  );
}
