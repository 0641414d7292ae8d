import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";
import { listDemoRequests, listProviderIntegrations } from "@/lib/demo-requests/list-demo-requests";
import { DEMO_REQUEST_STATUSES } from "@/lib/demo-requests/update-demo-request-status";
import { demoInboxQuerySchema } from "@/lib/validations/demo-requests";
import { InboxFilters } from "./_components/inbox-filters";
import { StatusForm } from "./_components/status-form";
import { updateDemoRequestStatusAction } from "./actions";
import { DataTable } from "@/components/ui/table";

export const dynamic = "force-dynamic";

const TONE = { new: "info", contacted: "warning", scheduled: "brand", closed: "neutral" } as const;

/** The demo requests inbox of the user's provider organization: filter, move on, export. */
export default protectedPage("demo_requests:manage", async ({ user, searchParams }) => {
  const locale = await requestLocale();
  const t = await translatorFor(locale);
  const params = (await searchParams) ?? {};
  const query = demoInboxQuerySchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [integrations, page] = await Promise.all([listProviderIntegrations(user.organizationId), listDemoRequests(user.organizationId, query)]);
  const filterParams = new URLSearchParams();
  if (query.integration) filterParams.set("integration", query.integration);
  if (query.status) filterParams.set("status", query.status);
  const filterString = filterParams.toString();
  const nextParams = new URLSearchParams(filterParams);
  if (page.next) nextParams.set("after", page.next);
  const dateFormat = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const statusOptions = DEMO_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`demo.inbox.statusValue.${s}`) }));
  return (
    <>
      <PageHeader title={t("shell.demoRequests")} description={t("demo.inbox.description")} />
      <InboxFilters query={query} integrations={integrations} t={t} exportHref={`/demo-requests/export${filterString ? `?${filterString}` : ""}`} />
      {page.rows.length === 0 ? (
        <EmptyState title={query.integration || query.status ? t("demo.inbox.empty") : t("demo.inbox.emptyAll")} />
      ) : (
        <DataTable columns={[t("demo.inbox.received"), t("demo.inbox.integration"), t("demo.inbox.contact"), t("demo.inbox.company"), t("demo.inbox.message"), t("demo.inbox.status")]} caption={t("shell.demoRequests")}>
          {page.rows.map((row) => {
            const index = DEMO_REQUEST_STATUSES.indexOf(row.status);
            const next = DEMO_REQUEST_STATUSES[index + 1];
            return (
              <tr key={row.id} data-request={row.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">{dateFormat.format(row.createdAt)}</td>
                <td className="px-4 py-2">{row.integrationName}</td>
                <td className="px-4 py-2">
                  <span className="block font-medium">{row.name}</span>
                  <a href={`mailto:${row.email}`} className="text-indigo-700 underline">{row.email}</a>
                  {row.phone ? <span className="block text-slate-600">{row.phone}</span> : null}
                </td>
                <td className="px-4 py-2">
                  {row.company}
                  <span className="block text-xs text-slate-500">{t("demo.inbox.employees", { size: row.companySize })}</span>
                </td>
                <td className="max-w-xs whitespace-pre-line px-3 py-2 text-slate-700">{row.message}</td>
                <td className="space-y-2 px-3 py-2">
                  <Badge tone={TONE[row.status]} title={t(`demo.inbox.statusHelp.${row.status}`)}>
                    {t(`demo.inbox.statusValue.${row.status}`)}
                  </Badge>
                  <StatusForm
                    action={updateDemoRequestStatusAction}
                    id={row.id}
                    status={row.status}
                    next={next ? { value: next, label: t("demo.inbox.moveTo", { status: t(`demo.inbox.statusValue.${next}`) }) } : null}
                    options={statusOptions}
                    labels={{ changeStatus: t("demo.inbox.changeStatus"), save: t("demo.inbox.save"), requester: row.name }}
                  />
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <nav aria-label={t("catalog.pagination.label")} className="mt-4 flex justify-between text-sm">
        {query.after ? <Link href={`/demo-requests${filterString ? `?${filterString}` : ""}`} className="text-indigo-700 underline">{t("demo.inbox.firstPage")}</Link> : <span />}
        {page.next ? <Link href={`/demo-requests?${nextParams}`} className="text-indigo-700 underline">{t("demo.inbox.moreRequests")}</Link> : null}
      </nav>
    </>
  );
});
