import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PublicShell } from "@/components/catalog/public-shell";
import { translatorFor } from "@/lib/catalog/translator";
import { isLocale } from "@/lib/i18n/locales";

/**
 * Cached twins of the public catalog pages, one per language, for anonymous visitors:
 * proxy.ts rewrites /integrations... here, choosing the language as the app does
 * (cookie, then the browser's Accept-Language). They hold nothing per user.
 */
export default async function CachedCatalogLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <PublicShell locale={locale} t={await translatorFor(locale)} signedIn={false}>
      {children}
    </PublicShell>
  );
}
