import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { listEmployees } from "@/lib/employees/list-employees";
import { DataTable } from "@/components/ui/table";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string; cursor?: string }> };

export default protectedPage<Props>("employees:view", async ({ user, searchParams }) => {
  const { q, cursor } = await searchParams;
  const t = await getTranslations("employees");
  const page = await listEmployees({ organizationId: user.organizationId, query: q?.slice(0, 200), cursor });
  const nextHref = page.nextCursor ? `/employees?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.nextCursor })}` : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" role="search" className="mb-4 flex max-w-lg gap-2">
        <label htmlFor="employee-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="employee-search"
          name="q"
          defaultValue={q ?? ""}
          placeholder={t("searchPlaceholder")}
          className="flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
        />
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700">
          {t("search")}
        </button>
      </form>
      {page.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable columns={[t("id"), t("name"), t("email"), t("position"), t("department"), t("office"), t("status")]} caption={t("title")}>
          {page.items.map((e) => (
            <tr key={e.id}>
              <td className="px-4 py-2 tabular-nums text-slate-600">{e.employeeNumber}</td>
              <td className="px-4 py-2">
                <Link href={`/employees/${e.id}`} className="font-medium text-indigo-700 hover:underline">
                  {e.firstName} {e.lastName}
                </Link>
              </td>
              <td className="px-4 py-2 text-slate-600">{e.email}</td>
              <td className="px-4 py-2">{e.position}</td>
              <td className="px-4 py-2">{e.department}</td>
              <td className="px-4 py-2">{e.office}</td>
              <td className="px-4 py-2">{t(`statusValue.${e.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav className="mt-4 flex gap-3 text-sm" aria-label={t("pagination")}>
        {cursor ? (
          <Link href={`/employees${q ? `?q=${encodeURIComponent(q)}` : ""}`} className="text-indigo-700 hover:underline">
            {t("firstPage")}
          </Link>
        ) : null}
        {nextHref ? (
          <Link href={nextHref} className="text-indigo-700 hover:underline">
            {t("nextPage")}
          </Link>
        ) : null}
      </nav>
    </>
  );
});
