import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OPERATIONS, RESULT_SORTS, RESULT_STATUSES, type FilterErrors, type ResultFilters } from "@/lib/monitoring/filters";

const INPUT = "rounded-md border px-3 py-2 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500";
const SORT_LABEL = { name: "sortName", number: "sortNumber", newest: "sortNewest", oldest: "sortOldest" } as const;

/** Show details filters: status, use case, search and sort, as a GET form (all in the URL). */
export async function ResultFiltersForm({ action, filters, errors, rawQ }: { action: string; filters: ResultFilters; errors: FilterErrors; rawQ?: string }) {
  const t = await getTranslations("monitoring");
  const labels = await getTranslations("labels");
  const err = (field: string) => (errors[field] ? t(errors[field] as never) : undefined);
  const border = (field: string) => (errors[field] ? "border-rose-500" : "border-slate-300");
  const describedBy = (field: string) => (errors[field] ? `result-${field}-error` : undefined);
  const selects = [
    { field: "status", label: t("filters.status"), value: filters.status, options: RESULT_STATUSES.map((s) => [s, labels(`resultStatus.${s}`)] as const) },
    {
      field: "operation",
      label: t("filters.operation"),
      value: filters.operation,
      options: OPERATIONS.map((o) => [o, o === "none" ? t("filters.noOperation") : labels(`operation.${o}`)] as const),
    },
  ];
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters.legend")}>
      {filters.error ? <input type="hidden" name="error" value={filters.error} /> : null}
      {selects.map((select) => (
        <div key={select.field} className="flex flex-col gap-1">
          <label htmlFor={`result-${select.field}`} className="text-sm font-medium text-slate-800">
            {select.label}
          </label>
          <select id={`result-${select.field}`} name={select.field} defaultValue={select.value ?? ""} aria-describedby={describedBy(select.field)} className={`${INPUT} ${border(select.field)}`}>
            <option value="">{t("filters.all")}</option>
            {select.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {err(select.field) ? (
            <p id={`result-${select.field}-error`} role="alert" className="text-xs text-rose-700">
              {err(select.field)}
            </p>
          ) : null}
        </div>
      ))}
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="result-q" className="text-sm font-medium text-slate-800">
          {t("filters.search")}
        </label>
        <input
          id="result-q"
          name="q"
          type="search"
          maxLength={200}
          defaultValue={filters.q ?? rawQ ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          aria-invalid={errors.q ? true : undefined}
          aria-describedby={describedBy("q")}
          className={`${INPUT} ${border("q")}`}
        />
        {err("q") ? (
          <p id="result-q-error" role="alert" className="text-xs text-rose-700">
            {err("q")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="result-sort" className="text-sm font-medium text-slate-800">
          {t("filters.sort")}
        </label>
        <select id="result-sort" name="sort" defaultValue={filters.sort} aria-describedby={describedBy("sort")} className={`${INPUT} ${border("sort")}`}>
          {RESULT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`filters.${SORT_LABEL[sort]}`)}
            </option>
          ))}
        </select>
        {err("sort") ? (
          <p id="result-sort-error" role="alert" className="text-xs text-rose-700">
            {err("sort")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2">
        {t("filters.apply")}
      </button>
      <Link href={action} className="px-1 py-2 text-sm text-indigo-700 hover:underline">
        {t("filters.reset")}
      </Link>
    </form>
  );
}
