import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** What a custom integration is and how to start: where "Create custom integration" in the marketplace leads. */
export async function CustomIntegrationIntro() {
  const t = await getTranslations("api.credentials");
  return (
    <section aria-labelledby="custom-integration" className="mb-6 rounded-lg border border-indigo-200 bg-indigo-50 p-5">
      <h2 id="custom-integration" className="text-lg font-semibold text-indigo-950">
        {t("introTitle")}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-indigo-950">{t("introText")}</p>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm text-indigo-950">
        <li>{t("introStep1")}</li>
        <li>{t("introStep2")}</li>
        <li>{t("introStep3")}</li>
      </ol>
      <Link href="/developers" className="mt-3 inline-block text-sm font-medium text-indigo-700 underline hover:text-indigo-900">
        {t("introDocs")}
      </Link>
    </section>
  );
}
