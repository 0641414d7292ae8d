"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SOURCE_FIELDS, type SourceField } from "@/lib/connections/settings";
import { saveMappingAction } from "../actions";
import { FieldError, FormError, SECONDARY, StepButtons, StepHidden } from "./form-parts";
import { useStepAction } from "./use-step-action";

type Row = { key: number; target: string; source: SourceField };
type Props = {
  connectionId: string;
  mode: "wizard" | "edit";
  mapping: Record<string, SourceField>;
  defaults: Record<string, SourceField>;
  backHref?: string | null;
};

const toRows = (mapping: Record<string, SourceField>, from = 0): Row[] => [
  ...Object.entries(mapping).map(([target, source], i) => ({ key: from + i, target, source })),
  { key: from + Object.keys(mapping).length, target: "", source: "email" },
];

/** Attribute mapping: SCIM attribute <- employee field, one row each; an empty target drops the row. */
export function MappingForm({ connectionId, mode, mapping, defaults, backHref }: Props) {
  const t = useTranslations("wizard.mapping");
  const { onSubmit, dispatch, pending, data, error, fieldErrors } = useStepAction(saveMappingAction);
  const [rows, setRows] = useState<Row[]>(() => toRows(mapping));
  const [version, setVersion] = useState(0);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <StepHidden connectionId={connectionId} mode={mode} />
      <table className="min-w-full text-sm" aria-describedby={fieldErrors.mapping ? "mapping-error" : "mapping-hint"}>
        <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="w-3/5 py-2 pr-3">{t("target")}</th>
            <th scope="col" className="py-2">{t("source")}</th>
          </tr>
        </thead>
        <tbody key={version}>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <td className="py-1 pr-3">
                <input
                  name="target"
                  defaultValue={row.target}
                  aria-label={`${t("target")} ${i + 1}`}
                  className="w-full rounded-md border border-slate-300 px-2 py-1 font-mono text-xs focus:outline-none focus:ring-2 focus:ring-indigo-500"
                />
              </td>
              <td className="py-1">
                <select
                  name="source"
                  defaultValue={row.source}
                  aria-label={`${t("source")} ${i + 1}`}
                  className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
                >
                  {SOURCE_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {t(`sourceField.${field}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id="mapping-hint" className="mt-2 text-xs text-slate-500">{t("removeHint")}</p>
      <FieldError id="mapping-error" error={fieldErrors.mapping} />
      <div className="mt-3 flex gap-2">
        <button type="button" className={SECONDARY} onClick={() => setRows((r) => [...r, { key: r.length + 1000 * (version + 1), target: "", source: "email" }])}>
          {t("addRow")}
        </button>
        <button
          type="button"
          className={SECONDARY}
          onClick={() => {
            setRows(toRows(defaults));
            setVersion((v) => v + 1);
          }}
        >
          {t("reset")}
        </button>
      </div>
      <StepButtons mode={mode} backHref={backHref} pending={pending} saved={data?.saved} />
    </form>
  );
}
