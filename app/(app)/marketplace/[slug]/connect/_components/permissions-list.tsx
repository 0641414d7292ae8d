import { getTranslations } from "next-intl/server";
import type { ConnectionIntegration } from "@/lib/connections/get-connection";

/** The employee data an integration may read or write, in plain words. */
export async function PermissionsList({ integration }: { integration: Pick<ConnectionIntegration, "name" | "permissions"> }) {
  const t = await getTranslations("wizard");
  if (integration.permissions.length === 0) return <p className="text-sm text-slate-700">{t("permissions.none")}</p>;
  return (
    <>
      <p className="text-sm text-slate-700">{t("permissions.intro", { name: integration.name })}</p>
      <ul className="my-4 grid gap-1 sm:grid-cols-2" data-testid="permissions">
        {integration.permissions.map((p) => (
          <li key={`${p.field}-${p.access}`} className="flex items-center justify-between rounded-md bg-slate-50 px-3 py-1.5 text-sm">
            <span>{t(`field.${p.field}`)}</span>
            <span className={`text-xs font-medium ${p.access === "write" ? "text-amber-700" : "text-slate-500"}`}>{t(`permissions.${p.access}`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
