import type { Metadata } from "next";
import { PublicCatalogPage } from "@/components/catalog/public-catalog-page";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";
import { parseCatalogQuery } from "@/lib/validations/catalog";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translatorFor(await requestLocale());
  return { title: t("catalog.public.title") };
}

/**
 * The public catalog, rendered per request. Anonymous views without a text search
 * are served from cached-catalog/ instead (proxy.ts rewrites them there).
 */
export default async function IntegrationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <PublicCatalogPage locale={await requestLocale()} query={parseCatalogQuery(await searchParams)} />;
}
