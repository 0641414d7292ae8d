import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicCatalogPage } from "@/components/catalog/public-catalog-page";
import { translatorFor } from "@/lib/catalog/translator";
import { isLocale } from "@/lib/i18n/locales";
import { parseCatalogQuery } from "@/lib/validations/catalog";

// Rendered on first request per view and language, then served from Next's cache; the
// catalog's data tag ("catalog") and a 5-minute lifetime revalidate it.
export const dynamic = "force-static";
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await translatorFor(locale);
  return { title: t("catalog.public.title"), alternates: { canonical: "/integrations" } };
}

export default async function CachedCatalogListPage({ params }: { params: Promise<{ locale: string; view: string }> }) {
  const { locale, view } = await params;
  if (!isLocale(locale)) notFound();
  const query = parseCatalogQuery(Object.fromEntries(new URLSearchParams(view === "_" ? "" : decodeURIComponent(view))));
  return <PublicCatalogPage locale={locale} query={{ ...query, q: undefined }} />;
}
