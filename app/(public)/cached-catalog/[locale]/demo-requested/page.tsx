import { notFound } from "next/navigation";
import { DemoRequestedView } from "@/components/catalog/demo-requested-view";
import { translatorFor } from "@/lib/catalog/translator";
import { isLocale, LOCALES } from "@/lib/i18n/locales";

// Prerendered at build time in both languages: the benchmark's static page.
export const dynamic = "force-static";
export const dynamicParams = false;
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function CachedDemoRequestedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <DemoRequestedView t={await translatorFor(locale)} backHref="/integrations" />;
}
