import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/rights";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";
import { isPlatformOrganization } from "@/lib/integration-requests/is-platform-organization";
import { listIntegrationRequests, REQUESTS_PAGE_SIZE } from "@/lib/integration-requests/list-integration-requests";
import { INTEGRATION_REQUEST_STATUSES, integrationRequestListSchema } from "@/lib/validations/integration-requests";
import { RequestForm } from "./_components/request-form";
import { RequestItem } from "./_components/request-item";
import { submitIntegrationRequestAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translatorFor(await requestLocale()))("catalog.requests.title") };
}

/** "Request an integration": the form, and the requests with their votes (public; voting when signed in). */
export default async function RequestIntegrationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await requestLocale();
  const t = await translatorFor(locale);
  const user = await getCurrentUser();
  const params = await searchParams;
  const query = integrationRequestListSchema.parse({ status: params.status, page: params.page });
  const { rows, total } = await listIntegrationRequests({ userId: user?.id, status: query.status, page: query.page });
  const canManage = Boolean(user && can(user.rights, "integration_requests:manage") && (await isPlatformOrganization(user.organizationId)));
  const href = (status?: string, page?: number) => {
    const p = new URLSearchParams();
    if (status) p.set("status", status);
    if (page && page > 1) p.set("page", String(page));
    return `/request-integration${p.size ? `?${p}` : ""}`;
  };
  const tab = (active: boolean) => `rounded px-2 py-1 text-sm ${active ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-100"}`;
  return (
    <>
      <PageHeader title={t("catalog.requests.title")} description={t("catalog.requests.intro")} />
      <div className="flex flex-col gap-8 lg:flex-row">
        <section className="w-full rounded-lg border border-slate-200 bg-white p-6 lg:w-96">
          <RequestForm
            action={submitIntegrationRequestAction}
            signedIn={Boolean(user)}
            labels={{
              title: t("catalog.requests.formTitle"),
              toolName: t("catalog.requests.toolName"),
              website: t("catalog.requests.website"),
              description: t("catalog.requests.description"),
              optional: t("catalog.requests.optional"),
              notify: t("catalog.requests.notify"),
              notifyEmail: t("catalog.requests.notifyEmail"),
              honeypot: t("catalog.requests.honeypot"),
              submit: t("catalog.requests.submit"),
              sent: t("catalog.requests.sent"),
              merged: t("catalog.requests.merged"),
            }}
          />
        </section>
        <section aria-labelledby="requests-title" className="min-w-0 flex-1">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="requests-title" className="text-lg font-semibold">
              {t("catalog.requests.listTitle")}
            </h2>
            <nav aria-label={t("catalog.requests.statusLabel")} className="flex gap-1">
              <Link href={href()} aria-current={!query.status ? "true" : undefined} className={tab(!query.status)}>
                {t("catalog.requests.all")}
              </Link>
              {INTEGRATION_REQUEST_STATUSES.map((s) => (
                <Link key={s} href={href(s)} aria-current={query.status === s ? "true" : undefined} className={tab(query.status === s)}>
                  {t(`catalog.requests.status.${s}`)}
                </Link>
              ))}
            </nav>
          </div>
          {!user ? (
            <p className="mb-3 text-sm text-slate-600">
              <Link href="/signin?callbackUrl=/request-integration" className="text-indigo-700 underline">
                {t("catalog.requests.signInToVote")}
              </Link>
            </p>
          ) : null}
          {rows.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t("catalog.requests.empty")}</p>
          ) : (
            <ul className="space-y-3">
              {rows.map((row) => (
                <RequestItem key={row.id} row={row} t={t} signedIn={Boolean(user)} canManage={canManage} />
              ))}
            </ul>
          )}
          <nav aria-label={t("catalog.pagination.label")} className="mt-4 flex justify-between text-sm">
            {query.page > 1 ? <Link href={href(query.status, query.page - 1)} className="text-indigo-700 underline">{t("common.previous")}</Link> : <span />}
            {query.page * REQUESTS_PAGE_SIZE < total ? <Link href={href(query.status, query.page + 1)} className="text-indigo-700 underline">{t("common.nextPage")}</Link> : null}
          </nav>
        </section>
      </div>
    </>
  );
}
