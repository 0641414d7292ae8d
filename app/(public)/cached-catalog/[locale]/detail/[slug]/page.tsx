import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicDetailPage } from "@/components/catalog/public-detail-page";
import { getCachedIntegration } from "@/lib/catalog/cached-catalog";
import { isLocale } from "@/lib/i18n/locales";

// See ../../list/[view]/page.tsx: cached per integration and language, revalidated with the catalog.
export const dynamic = "force-static";
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const item = await getCachedIntegration(slug);
  return { title: item?.name, alternates: { canonical: `/integrations/${slug}` } };
}

export default async function CachedIntegrationPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  return <PublicDetailPage locale={locale} slug={slug} user={null} />;
}
