"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { API_SCOPES } from "@/lib/api/scopes";
import { API_EMPLOYEE_FIELDS } from "@/lib/api/employee-fields";

export type CredentialValues = { name: string; scopes: string[]; employeeFields: string[] | null };

const RESOURCES = ["employees", "integrations", "connections", "sync-runs"] as const;

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? [value] : []);

/** What the user typed, from a failed action's echo, else the credential's current values. */
export function valuesFrom(echo: Record<string, unknown> | undefined, fallback: CredentialValues): CredentialValues {
  if (!echo) return fallback;
  return {
    name: typeof echo.name === "string" ? echo.name : fallback.name,
    scopes: asList(echo.scopes),
    employeeFields: echo.fieldAccess === "selected" ? asList(echo.employeeFields) : null,
  };
}

/** Name, scopes per resource and access, and the optional limit to some employee fields. */
export function CredentialFields({ values, errors = {} }: { values: CredentialValues; errors?: Record<string, string> }) {
  const t = useTranslations("api");
  const [limited, setLimited] = useState(values.employeeFields !== null);
  return (
    <div className="space-y-6">
      <Field label={t("form.name")} name="name" defaultValue={values.name} hint={t("form.nameHint")} error={errors.name} maxLength={100} required />

      <fieldset aria-describedby={errors.scopes ? "scopes-error" : "scopes-hint"}>
        <legend className="text-sm font-medium text-slate-800">{t("form.scopes")}</legend>
        <p id="scopes-hint" className="text-xs text-slate-500">
          {t("form.scopesHint")}
        </p>
        <table className="mt-2 text-sm">
          <thead>
            <tr className="text-left text-xs text-slate-600">
              <th scope="col" className="py-1 pr-6 font-medium">{t("form.resource")}</th>
              <th scope="col" className="px-4 py-1 font-medium">{t("form.read")}</th>
              <th scope="col" className="px-4 py-1 font-medium">{t("form.write")}</th>
            </tr>
          </thead>
          <tbody>
            {RESOURCES.map((resource) => (
              <tr key={resource}>
                <th scope="row" className="py-1 pr-6 text-left font-normal">{t(`resources.${resource}`)}</th>
                {(["read", "write"] as const).map((access) => {
                  const scope = `${resource}:${access}`;
                  const available = (API_SCOPES as readonly string[]).includes(scope);
                  return (
                    <td key={access} className="px-4 py-1 text-center">
                      {available ? (
                        <label className="inline-flex cursor-pointer items-center">
                          <input type="checkbox" name="scopes" value={scope} defaultChecked={values.scopes.includes(scope)} className="h-4 w-4 rounded border-slate-300" />
                          <span className="sr-only">{t(`scopes.${scope}` as never)}</span>
                        </label>
                      ) : (
                        <span className="text-slate-400" title={t("form.notAvailable")}>
                          —<span className="sr-only">{t("form.notAvailable")}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {errors.scopes ? (
          <p id="scopes-error" role="alert" className="mt-1 text-sm text-rose-700">
            {errors.scopes}
          </p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("form.fieldAccess")}</legend>
        <div className="mt-2 space-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="fieldAccess" value="all" defaultChecked={!limited} onChange={() => setLimited(false)} />
            {t("form.fieldAccessAll")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="fieldAccess" value="selected" defaultChecked={limited} onChange={() => setLimited(true)} />
            {t("form.fieldAccessSelected")}
          </label>
        </div>
        {limited ? (
          <fieldset className="mt-3 rounded-md border border-slate-200 p-3" aria-describedby={errors.employeeFields ? "employeeFields-error" : undefined}>
            <legend className="px-1 text-xs text-slate-600">{t("form.fieldsLegend")}</legend>
            <div className="grid gap-1 text-sm sm:grid-cols-2">
              {API_EMPLOYEE_FIELDS.map((field) => (
                <label key={field} className="flex items-center gap-2">
                  <input type="checkbox" name="employeeFields" value={field} defaultChecked={values.employeeFields?.includes(field) ?? false} className="h-4 w-4 shrink-0 rounded border-slate-300" />
                  {t(`fields.${field}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {errors.employeeFields ? (
          <p id="employeeFields-error" role="alert" className="mt-1 text-sm text-rose-700">
            {errors.employeeFields}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
