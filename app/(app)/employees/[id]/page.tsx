import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { protectedPage } from "@/lib/auth/protected-page";
import { getEmployeeOrThrow } from "@/lib/employees/get-employee";
import { AppError } from "@/lib/errors";
import { EmployeeIntegrations } from "./_components/employee-integrations";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default protectedPage<Props>("employees:view", async ({ user, params }) => {
  const { id } = await params;
  const employee = await getEmployeeOrThrow({ organizationId: user.organizationId, employeeId: id }).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("employees");
  const facts: [string, string | null | undefined][] = [
    [t("id"), String(employee.employeeNumber)],
    [t("email"), employee.email],
    [t("position"), employee.position],
    [t("department"), employee.department],
    [t("office"), employee.office],
    [t("employmentType"), t(`employmentTypeValue.${employee.employmentType}`)],
    [t("status"), t(`statusValue.${employee.status}`)],
    [t("hireDate"), employee.hireDate],
    [t("terminationDate"), employee.terminationDate],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/employees" className="text-indigo-700 hover:underline">
          ← {t("title")}
        </Link>
      </p>
      <PageHeader title={`${employee.firstName} ${employee.lastName}`} description={employee.position ?? undefined} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-1">
          <dl className="space-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="flex justify-between gap-4">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-right font-medium">{value || "—"}</dd>
              </div>
            ))}
            <div className="flex justify-between gap-4">
              <dt className="text-slate-600">{t("manager")}</dt>
              <dd className="text-right font-medium">
                {employee.manager ? (
                  <Link href={`/employees/${employee.manager.id}`} className="text-indigo-700 hover:underline">
                    {employee.manager.firstName} {employee.manager.lastName}
                  </Link>
                ) : (
                  "—"
                )}
              </dd>
            </div>
          </dl>
        </Card>
        <div className="lg:col-span-2">
          <EmployeeIntegrations organizationId={user.organizationId} employeeId={employee.id} />
        </div>
      </div>
    </>
  );
});
