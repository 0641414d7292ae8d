import type { ReactNode } from "react";
import { PublicShell } from "@/components/catalog/public-shell";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";

/** The public catalog's frame, rendered per request (signed-in visitors and searches; cached views use cached-catalog/). */
export default async function PublicIntegrationsLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const user = await getCurrentUser();
  return (
    <PublicShell locale={locale} t={await translatorFor(locale)} signedIn={Boolean(user)}>
      {children}
    </PublicShell>
  );
}
