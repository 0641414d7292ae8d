import { getTranslations } from "next-intl/server";
import type { Right } from "@/lib/auth/rights";

/** Shown instead of a page when the signed-in user lacks rights: says which, not an error. */
export async function MissingRights({ missing }: { missing: Right[] }) {
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="missing-rights" className="mx-auto max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 id="missing-rights" className="text-lg font-semibold text-amber-900">
        {t("missingRightsTitle")}
      </h1>
      <p className="mt-2 text-sm text-amber-900">{t("missingRightsText")}</p>
      <ul className="mt-3 list-disc pl-6 text-sm text-amber-900">
        {missing.map((right) => (
          <li key={right} data-right={right}>
            {t(`right.${right}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
