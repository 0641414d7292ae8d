import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { catalogHref } from "@/lib/catalog/catalog-href";
import type { ConnectionState } from "@/lib/catalog/get-connection-statuses";
import type { T } from "@/lib/catalog/translator";
import type { CatalogSearchResult } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locales";
import { CATALOG_SORTS, type CatalogQuery } from "@/lib/validations/catalog";
import { IntegrationCard } from "./integration-card";

type Props = {
  query: CatalogQuery;
  result: CatalogSearchResult;
  basePath: string;
  locale: Locale;
  t: T;
  platform: string;
  statuses?: Map<string, ConnectionState>;
};

export function CatalogResults({ query, result, basePath, locale, t, platform, statuses }: Props) {
  const href = (change: Partial<CatalogQuery>) => catalogHref(basePath, query, change);
  return (
    <section aria-labelledby="catalog-results" className="min-w-0 flex-1">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id="catalog-results" className="text-sm text-slate-700" aria-live="polite">
          {query.q ? t("catalog.results.countFor", { count: result.total, q: query.q }) : t("catalog.results.count", { count: result.total })}
        </h2>
        <nav aria-label={t("catalog.sort.label")} className="flex items-center gap-1 text-sm">
          <span className="text-slate-500">{t("catalog.sort.label")}:</span>
          {CATALOG_SORTS.map((sort) => (
            <Link
              key={sort}
              href={href({ sort })}
              prefetch={false}
              aria-current={query.sort === sort ? "true" : undefined}
              className={`rounded px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
                query.sort === sort ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-100"
              }`}
            >
              {t(`catalog.sort.${sort}`)}
            </Link>
          ))}
        </nav>
      </div>
      {result.items.length === 0 ? (
        <EmptyState title={t("catalog.empty.title")}>
          <p>{t("catalog.empty.text")}</p>
          <p className="mt-3 flex justify-center gap-4">
            <Link href="/request-integration" className="font-medium text-indigo-700 underline">
              {t("catalog.requestIntegration")}
            </Link>
            <Link href="/developers" className="font-medium text-indigo-700 underline">
              {t("catalog.apiDocs")}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {result.items.map((item) => (
            <li key={item.id}>
              <IntegrationCard item={item} href={`${basePath}/${item.slug}`} locale={locale} t={t} platform={platform} status={statuses?.get(item.slug)} />
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t("catalog.pagination.label")} className="mt-6 flex items-center justify-between text-sm">
          {query.page > 1 ? (
            <Link href={href({ page: query.page - 1 })} rel="prev" className="rounded px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100">
              {t("common.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">{t("catalog.pagination.page", { page: query.page, pages: result.pageCount })}</span>
          {query.page < result.pageCount ? (
            <Link href={href({ page: query.page + 1 })} rel="next" className="rounded px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100">
              {t("common.nextPage")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}
