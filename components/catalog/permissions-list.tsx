import type { T } from "@/lib/catalog/translator";
import type { IntegrationDetail } from "@/lib/catalog/types";

/** Which employee data the integration may read or change, in plain words. */
export function PermissionsList({ permissions, name, t }: { permissions: IntegrationDetail["permissions"]; name: string; t: T }) {
  const reads = permissions.filter((p) => p.access === "read").map((p) => t(`catalog.fields.${p.field}`));
  const writes = permissions.filter((p) => p.access === "write").map((p) => t(`catalog.fields.${p.field}`));
  if (!reads.length && !writes.length) return <p className="text-sm text-slate-700">{t("catalog.detail.noPermissions", { name })}</p>;
  return (
    <div className="space-y-3 text-sm text-slate-700">
      {reads.length ? (
        <div>
          <p className="font-medium text-slate-800">{t("catalog.detail.mayRead", { name })}</p>
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("catalog.detail.mayRead", { name })}>
            {reads.map((field) => (
              <li key={field} className="rounded bg-slate-100 px-2 py-0.5">
                {field}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {writes.length ? (
        <div>
          <p className="font-medium text-slate-800">{t("catalog.detail.mayWrite", { name })}</p>
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("catalog.detail.mayWrite", { name })}>
            {writes.map((field) => (
              <li key={field} className="rounded bg-amber-50 px-2 py-0.5 text-amber-900">
                {field}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
