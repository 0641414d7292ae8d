"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { EMPLOYMENT_TYPES, type EmployeeScope } from "@/lib/connections/settings";
import { countScopeAction, saveScopeAction } from "../actions";
import { FieldError, FormError, StepButtons, StepHidden } from "./form-parts";
import { useStepAction } from "./use-step-action";

type Props = {
  connectionId: string;
  mode: "wizard" | "edit";
  scope: EmployeeScope;
  options: { departments: string[]; offices: string[] };
  initialCount: number;
  backHref?: string | null;
};

/** Which employees are in scope: all, or by department, office and employment type, with a live count. */
export function ScopeForm({ connectionId, mode, scope, options, initialCount, backHref }: Props) {
  const t = useTranslations("wizard.scope");
  const { onSubmit, dispatch, pending, data, error, fieldErrors } = useStepAction(saveScopeAction);
  const [kind, setKind] = useState(scope.kind);
  const [count, setCount] = useState(initialCount);
  const [counting, startCounting] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const chosen = (list: "departments" | "offices" | "employmentTypes", value: string) =>
    scope.kind === "filter" && (scope[list] as string[]).includes(value);

  function recount() {
    if (!form.current) return;
    const formData = new FormData(form.current);
    startCounting(async () => {
      const result = await countScopeAction(formData);
      if (result?.ok) setCount(result.data.count);
    });
  }

  const group = (list: "departments" | "offices" | "employmentTypes", values: readonly string[], label: (v: string) => string) => (
    <fieldset disabled={kind !== "filter"} className="min-w-0">
      <legend className="text-sm font-medium text-slate-800">{t(list)}</legend>
      <div className="mt-2 max-h-56 space-y-1 overflow-auto pr-2">
        {values.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={list} value={value} defaultChecked={chosen(list, value)} className="h-4 w-4 rounded border-slate-300 text-indigo-600" />
            {label(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <form ref={form} action={dispatch} onSubmit={onSubmit} onChange={recount} noValidate>
      <FormError error={error} />
      <StepHidden connectionId={connectionId} mode={mode} />
      <fieldset aria-describedby={fieldErrors.scopeKind ? "scopeKind-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
        <div className="mt-2 space-y-2">
          {(["all", "filter"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="scopeKind" value={value} checked={kind === value} onChange={() => setKind(value)} className="h-4 w-4 border-slate-300 text-indigo-600" />
              {t(value)}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id="scopeKind-error" error={fieldErrors.scopeKind} />
      <p className="mt-3 text-xs text-slate-500">{t("filterHint")}</p>
      <div className="mt-3 grid gap-6 sm:grid-cols-3">
        {group("departments", options.departments, (v) => v)}
        {group("offices", options.offices, (v) => v)}
        {group("employmentTypes", EMPLOYMENT_TYPES, (v) => t(`employmentType.${v as (typeof EMPLOYMENT_TYPES)[number]}`))}
      </div>
      <p role="status" aria-live="polite" data-testid="scope-count" className="mt-4 rounded-md bg-slate-50 px-3 py-2 text-sm font-medium text-slate-800">
        {counting ? t("counting") : t("count", { count })}
      </p>
      <StepButtons mode={mode} backHref={backHref} pending={pending} saved={data?.saved} />
    </form>
  );
}
