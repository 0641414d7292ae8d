import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ErrorGroup } from "@/lib/monitoring/group-run-errors";
import { NO_ERROR_CODE } from "@/lib/monitoring/filters";

export async function groupCause(group: ErrorGroup): Promise<string> {
  const t = await getTranslations("monitoring");
  if (group.labelKey) return t(`errorCodes.${group.labelKey}` as never);
  if (group.code === NO_ERROR_CODE) return t("groups.noCode");
  return t("groups.unknown", { message: group.sampleMessage.slice(0, 160), code: group.code });
}

/** The failed rows grouped by cause, each group a filter, with a hint on how to fix it. */
export async function ErrorGroups({ groups, activeCode, hrefFor }: { groups: ErrorGroup[]; activeCode?: string; hrefFor: (code: string) => string }) {
  if (groups.length === 0) return null;
  const t = await getTranslations("monitoring");
  const causes = await Promise.all(groups.map(groupCause));
  return (
    <section aria-labelledby="error-groups-heading" className="mb-6">
      <h2 id="error-groups-heading" className="mb-2 text-lg font-semibold">
        {t("groups.heading")}
      </h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {groups.map((group, i) => {
          const active = activeCode === group.code;
          return (
            <li key={group.code} data-error-code={group.code} className={`rounded-lg border bg-white p-3 text-sm ${active ? "border-indigo-500 ring-1 ring-indigo-500" : "border-rose-200"}`}>
              <p className="font-medium text-rose-900">{t("groups.label", { count: group.count, cause: causes[i] })}</p>
              <p className="mt-1 text-slate-700">
                <span className="font-medium">{t("groups.hint")}:</span> {t(`causes.${group.cause}`)}
              </p>
              <Link href={hrefFor(group.code)} aria-current={active ? "true" : undefined} className="mt-2 inline-block text-indigo-700 hover:underline">
                {t("groups.filter")}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
