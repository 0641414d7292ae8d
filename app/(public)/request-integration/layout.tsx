import type { ReactNode } from "react";
import { PublicShell } from "@/components/catalog/public-shell";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";

export default async function RequestIntegrationLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <PublicShell locale={locale} t={await translatorFor(locale)} signedIn={Boolean(await getCurrentUser())}>
      {children}
    </PublicShell>
  );
}
