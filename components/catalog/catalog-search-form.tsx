import type { T } from "@/lib/catalog/translator";
import type { CatalogQuery } from "@/lib/validations/catalog";

/** A plain GET form: the query lands in the URL with the other filters kept (page goes back to 1). */
export function CatalogSearchForm({ query, basePath, t }: { query: CatalogQuery; basePath: string; t: T }) {
  const keep: [string, string | undefined][] = [
    ["category", query.category],
    ["provider", query.provider],
    ["tier", query.tier],
    ["pricing", query.pricing],
    ["monitoring", query.monitoring ? "1" : undefined],
    ["connected", query.connected ? "1" : undefined],
    ["sort", query.sort !== "relevance" ? query.sort : undefined],
  ];
  return (
    <form role="search" method="get" action={basePath} className="mb-6 flex gap-2">
      <label htmlFor="catalog-q" className="sr-only">
        {t("catalog.search.label")}
      </label>
      <input
        id="catalog-q"
        type="search"
        name="q"
        defaultValue={query.q ?? ""}
        maxLength={100}
        placeholder={t("catalog.search.placeholder")}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
      />
      {keep.map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2">
        {t("catalog.search.submit")}
      </button>
    </form>
  );
}
