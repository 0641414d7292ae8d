import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** The profile's Integrations section; the monitoring issue fills it with links and recent results. */
export async function EmployeeIntegrations(_props: { organizationId: string; employeeId: string }) {
  const t = await getTranslations("employees");
  return (
    <Card>
      <h2 className="text-base font-semibold">{t("integrations")}</h2>
      <p className="mt-2 text-sm text-slate-600">{t("integrationsEmpty")}</p>
    </Card>
  );
}
