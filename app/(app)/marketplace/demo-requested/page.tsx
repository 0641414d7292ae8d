import { DemoRequestedView } from "@/components/catalog/demo-requested-view";
import { protectedPage } from "@/lib/auth/protected-page";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";

export const dynamic = "force-dynamic";

export default protectedPage("marketplace:browse", async () => {
  const t = await translatorFor(await requestLocale());
  return <DemoRequestedView t={t} backHref="/marketplace" />;
});
