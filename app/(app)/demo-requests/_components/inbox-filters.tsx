import type { T } from "@/lib/catalog/translator";
import { DEMO_REQUEST_STATUSES } from "@/lib/demo-requests/update-demo-request-status";
import type { DemoInboxQuery } from "@/lib/validations/demo-requests";

/** GET form: the filters live in the URL. */
export function InboxFilters({ query, integrations, t, exportHref }: { query: DemoInboxQuery; integrations: { id: string; name: string }[]; t: T; exportHref: string }) {
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <form method="get" action="/demo-requests" aria-label={t("demo.inbox.filters")} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-integration" className="block text-xs font-medium text-slate-700">
            {t("demo.inbox.integration")}
          </label>
          <select id="filter-integration" name="integration" defaultValue={query.integration ?? ""} className={select}>
            <option value="">{t("demo.inbox.allIntegrations")}</option>
            {integrations.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="block text-xs font-medium text-slate-700">
            {t("demo.inbox.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={select}>
            <option value="">{t("demo.inbox.allStatuses")}</option>
            {DEMO_REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`demo.inbox.statusValue.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-900">
          {t("demo.inbox.apply")}
        </button>
      </form>
      <a href={exportHref} download className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100">
        {t("demo.inbox.exportCsv")}
      </a>
    </div>
  );
}
