import type { Metadata } from "next";
import { PublicDetailPage } from "@/components/catalog/public-detail-page";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCachedIntegration } from "@/lib/catalog/cached-catalog";
import { requestLocale } from "@/lib/catalog/translator";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const item = await getCachedIntegration((await params).slug);
  return { title: item?.name };
}

/** A public detail page, rendered per request (signed-in visitors); anonymous visitors get the cached twin. */
export default async function IntegrationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <PublicDetailPage locale={await requestLocale()} slug={slug} user={await getCurrentUser()} />;
}
