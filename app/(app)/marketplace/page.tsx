import { asc } from "drizzle-orm";
import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { db } from "@/db";
import { integrations } from "@/db/schema";
import { protectedPage } from "@/lib/auth/protected-page";

export const dynamic = "force-dynamic";

/** The in-app marketplace (HR admins). The catalog issue adds search, filters and detail pages. */
export default protectedPage("marketplace:browse", async () => {
  const t = await getTranslations("labels");
  const locale = await getLocale();
  const rows = await db
    .select({ slug: integrations.slug, name: integrations.name, logo: integrations.logo, summaryEn: integrations.summaryEn, summaryDe: integrations.summaryDe })
    .from(integrations)
    .orderBy(asc(integrations.name));
  return (
    <>
      <PageHeader title={t("marketplace")} />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {rows.map((row) => (
          <li key={row.slug}>
            <Card className="flex h-full gap-3">
              <Image src={row.logo} alt="" width={40} height={40} className="h-10 w-10 rounded" />
              <div>
                <p className="font-medium">{row.name}</p>
                <p className="text-sm text-slate-600">{locale === "de" ? row.summaryDe : row.summaryEn}</p>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
});
