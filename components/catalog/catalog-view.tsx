import Link from "next/link";
import type { CatalogMode } from "@/lib/catalog/catalog-href";
import type { ConnectionState } from "@/lib/catalog/get-connection-statuses";
import type { T } from "@/lib/catalog/translator";
import type { CatalogSearchResult } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locales";
import type { CatalogQuery } from "@/lib/validations/catalog";
import { CatalogFilters } from "./catalog-filters";
import { CatalogResults } from "./catalog-results";
import { CatalogSearchForm } from "./catalog-search-form";

type Props = {
  mode: CatalogMode;
  basePath: string;
  query: CatalogQuery;
  result: CatalogSearchResult;
  locale: Locale;
  t: T;
  platform: string;
  statuses?: Map<string, ConnectionState>;
};

/** The catalog, the same for the in-app marketplace and the public /integrations: search, filters, sorting, cards. */
export function CatalogView(props: Props) {
  const { t } = props;
  const filtered = Boolean(props.query.q || props.query.category || props.query.provider || props.query.tier || props.query.pricing || props.query.monitoring || props.query.connected);
  return (
    <div>
      <CatalogSearchForm query={props.query} basePath={props.basePath} t={t} />
      <div className="flex flex-col gap-8 lg:flex-row">
        <aside className="w-full shrink-0 lg:w-56">
          <CatalogFilters {...props} />
          {filtered ? (
            <Link href={props.basePath} className="mt-4 inline-block text-sm text-indigo-700 underline">
              {t("catalog.filters.clear")}
            </Link>
          ) : null}
          <p className="mt-6 rounded-md bg-slate-100 p-3 text-xs text-slate-600">
            {t("catalog.cantFind")}{" "}
            <Link href="/request-integration" className="font-medium text-indigo-700 underline">
              {t("catalog.requestIntegration")}
            </Link>{" "}
            ·{" "}
            <Link href="/developers" className="font-medium text-indigo-700 underline">
              {t("catalog.apiDocs")}
            </Link>
          </p>
        </aside>
        <CatalogResults {...props} />
      </div>
    </div>
  );
}
