import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { wizardHref } from "@/lib/connections/wizard-href";
import { stepIds, type WizardStepId } from "@/lib/connections/wizard-steps";
import type { ConnectionIntegration } from "@/lib/connections/get-connection";

type Props = {
  integration: Pick<ConnectionIntegration, "slug" | "name" | "logo" | "connectorKind">;
  connectionId: string | null;
  step: WizardStepId;
  /** the furthest step reached: earlier steps are links */
  reached: WizardStepId;
  children: ReactNode;
  aside?: ReactNode;
};

/** The configuration wizard around one step: the integration, the steps in order, Request demo beside it. */
export async function WizardFrame({ integration, connectionId, step, reached, children, aside }: Props) {
  const t = await getTranslations("wizard");
  const tl = await getTranslations("labels");
  const ids = stepIds(integration.connectorKind);
  const current = ids.indexOf(step);
  return (
    <div className="mx-auto max-w-4xl">
      <header className="mb-6 flex flex-wrap items-center gap-4">
        <Image src={integration.logo} alt="" width={48} height={48} className="h-12 w-12 rounded" />
        <div className="flex-1">
          <p className="text-sm text-slate-600">{tl("configurationWizard")}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{integration.name}</h1>
        </div>
        <p className="text-sm text-slate-600">
          {t("requestDemoHint")}{" "}
          <Link href={`/marketplace/${integration.slug}#request-demo`} className="font-medium text-indigo-700 underline">
            {tl("requestDemo")}
          </Link>
        </p>
      </header>
      <nav aria-label={t("stepsLabel")} className="mb-6">
        <ol className="flex flex-wrap gap-2 text-sm">
          {ids.map((id, i) => {
            const label = `${i + 1}. ${t(`step.${id}`)}`;
            const reachable = connectionId && i > 0 && i <= ids.indexOf(reached) && i !== current;
            const style = i === current ? "bg-indigo-600 text-white" : i <= ids.indexOf(reached) ? "bg-indigo-50 text-indigo-800" : "bg-slate-100 text-slate-500";
            return (
              <li key={id}>
                {reachable ? (
                  <Link href={wizardHref(integration.slug, connectionId, id)} className={`block rounded-full px-3 py-1 hover:underline ${style}`}>
                    {label}
                  </Link>
                ) : (
                  <span aria-current={i === current ? "step" : undefined} className={`block rounded-full px-3 py-1 ${style}`}>
                    {label}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="step-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("stepOf", { current: current + 1, total: ids.length })}</p>
          <h2 id="step-title" className="mb-4 text-lg font-semibold text-slate-900">
            {t(`step.${step}`)}
          </h2>
          {children}
        </section>
        {aside ? <aside className="space-y-4">{aside}</aside> : null}
      </div>
    </div>
  );
}
