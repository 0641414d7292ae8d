import { DemoRequestedView } from "@/components/catalog/demo-requested-view";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";

export const dynamic = "force-dynamic";

export default async function DemoRequestedPage() {
  const t = await translatorFor(await requestLocale());
  return <DemoRequestedView t={t} backHref="/integrations" />;
}
