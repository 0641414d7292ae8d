import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RUN_STATUSES, type FilterErrors, type RunFilters } from "@/lib/monitoring/filters";

const INPUT = "rounded-md border px-3 py-2 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} role="alert" className="text-xs text-rose-700">
      {message}
    </p>
  ) : null;
}

/** Runs filters: status and date range, sent as a GET form so they live in the URL. */
export async function RunFiltersForm({ action, filters, errors, raw }: { action: string; filters: RunFilters; errors: FilterErrors; raw: Record<string, string | undefined> }) {
  const t = await getTranslations("monitoring");
  const labels = await getTranslations("labels");
  const err = (field: string) => (errors[field] ? t(errors[field] as never) : undefined);
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters.legend")}>
      <div className="flex flex-col gap-1">
        <label htmlFor="run-status" className="text-sm font-medium text-slate-800">
          {t("filters.status")}
        </label>
        <select id="run-status" name="status" defaultValue={filters.status ?? ""} aria-describedby={errors.status ? "run-status-error" : undefined} className={`${INPUT} ${errors.status ? "border-rose-500" : "border-slate-300"}`}>
          <option value="">{t("filters.all")}</option>
          {RUN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {labels(`runStatus.${status}`)}
            </option>
          ))}
        </select>
        <FieldError id="run-status-error" message={err("status")} />
      </div>
      {(["from", "to"] as const).map((field) => (
        <div key={field} className="flex flex-col gap-1">
          <label htmlFor={`run-${field}`} className="text-sm font-medium text-slate-800">
            {t(`filters.${field}`)}
          </label>
          <input
            id={`run-${field}`}
            name={field}
            type="date"
            defaultValue={filters[field] ?? raw[field] ?? ""}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `run-${field}-error` : undefined}
            className={`${INPUT} ${errors[field] ? "border-rose-500" : "border-slate-300"}`}
          />
          <FieldError id={`run-${field}-error`} message={err(field)} />
        </div>
      ))}
      <button type="submit" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2">
        {t("filters.apply")}
      </button>
      <Link href={action} className="px-1 py-2 text-sm text-indigo-700 hover:underline">
        {t("filters.reset")}
      </Link>
    </form>
  );
}
