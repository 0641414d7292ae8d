import { getCatalogView } from "@/lib/catalog/cached-catalog";
import { platformName } from "@/lib/catalog/platform-name";
import { translatorFor } from "@/lib/catalog/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { CatalogQuery } from "@/lib/validations/catalog";
import { PageHeader } from "@/components/ui/card";
import { CatalogView } from "./catalog-view";

/** The public catalog (/integrations) for one language: rendered per request or cached per view. */
export async function PublicCatalogPage({ locale, query }: { locale: Locale; query: CatalogQuery }) {
  const t = await translatorFor(locale);
  const result = await getCatalogView({ ...query, connected: false });
  return (
    <>
      <PageHeader title={t("catalog.public.title")} description={t("catalog.public.intro")} />
      <CatalogView mode="public" basePath="/integrations" query={{ ...query, connected: false }} result={result} locale={locale} t={t} platform={platformName()} />
    </>
  );
}
