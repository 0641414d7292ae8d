import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { protectedPage } from "@/lib/auth/protected-page";
import { can } from "@/lib/auth/rights";
import { getConnectionOrThrow } from "@/lib/connections/get-connection";
import { settingsHref, wizardHref } from "@/lib/connections/wizard-href";
import { editableSteps } from "@/lib/connections/wizard-steps";
import { ConfigurationSummary } from "../../../marketplace/[slug]/connect/_components/configuration-summary";
import { PRIMARY_LINK } from "../../../marketplace/[slug]/connect/_components/link-styles";
import { PermissionsList } from "../../../marketplace/[slug]/connect/_components/permissions-list";
import { StepContent } from "../../../marketplace/[slug]/connect/_components/step-content";
import { orNotFound } from "../../_lib/or-not-found";
import { requestOrigin } from "../../_lib/request-origin";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string }> };

/**
 * Settings: for HR admins, Edit configuration (the wizard's steps, pre-filled, one per
 * URL, each saved on its own); for readers, the configuration in words, no secrets.
 */
export default protectedPage<Props>("connections:view", async ({ user, params, searchParams }) => {
  const { id } = await params;
  const { step: requested } = await searchParams;
  const connection = await orNotFound(getConnectionOrThrow({ organizationId: user.organizationId, connectionId: id }));
  const t = await getTranslations();
  const kind = connection.integration.connectorKind;
  const steps = editableSteps(kind);
  const manage = can(user.rights, "connections:manage");

  if (!manage || steps.length === 0) {
    return (
      <section aria-labelledby="settings-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="settings-title" className="text-lg font-semibold">{t("connections.settings.readOnlyTitle")}</h2>
        {kind === "partner" ? <PermissionsList integration={connection.integration} /> : <ConfigurationSummary connection={connection} />}
      </section>
    );
  }
  if (connection.status === "pending") {
    return (
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-700">{t("connections.settings.pending")}</p>
        <Link href={wizardHref(connection.integration.slug, id)} className={PRIMARY_LINK}>
          {t("connections.action.continueSetup")}
        </Link>
      </div>
    );
  }
  const step = steps.find((s) => s === requested) ?? steps[0];
  return (
    <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
      <nav aria-label={t("connections.settings.steps")}>
        <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("connections.settings.title")}</h2>
        <ul className="space-y-1 text-sm">
          {steps.map((s) => (
            <li key={s}>
              <Link
                href={settingsHref(id, s)}
                aria-current={s === step ? "page" : undefined}
                className={`block rounded-md px-3 py-2 ${s === step ? "bg-indigo-50 font-medium text-indigo-800" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {t(`wizard.step.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="step-title" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="step-title" className="mb-4 text-lg font-semibold">{t(`wizard.step.${step}`)}</h2>
        <StepContent connection={connection} step={step} mode="edit" origin={await requestOrigin()} />
      </section>
    </div>
  );
});
