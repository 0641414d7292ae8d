import { and, eq } from "drizzle-orm";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import { countEmployeesInScope, listScopeOptions } from "@/lib/connections/count-employees-in-scope";
import { defaultScimMapping } from "@/lib/connections/default-settings";
import type { ConnectionDetails } from "@/lib/connections/get-connection";
import { readSettings } from "@/lib/connections/read-settings";
import { PARTNER_TOKEN_PATH } from "@/lib/connections/partner-token-path";
import { wizardHref } from "@/lib/connections/wizard-href";
import { stepBefore, type WizardStepId } from "@/lib/connections/wizard-steps";
import { MappingForm } from "./mapping-form";
import { PartnerCredentials } from "./partner-credentials";
import { ReviewStep } from "./review-step";
import { ScheduleForm } from "./schedule-form";
import { ScimCredentialsForm } from "./scim-credentials-form";
import { ScopeForm } from "./scope-form";
import { WebhookEndpointForm } from "./webhook-endpoint-form";
import { WebhookEventsForm } from "./webhook-events-form";

type Props = { connection: ConnectionDetails; step: Exclude<WizardStepId, "permissions">; mode: "wizard" | "edit"; origin: string };

const INTROS: Partial<Record<WizardStepId, string>> = {
  credentials: "credentials.intro",
  endpoint: "endpoint.intro",
  events: "events.intro",
  scope: "scope.intro",
  mapping: "mapping.intro",
};

/** One step's form with its one-line intro, pre-filled from what is stored: in the wizard (Back/Next) or under Settings (Save). */
export async function StepContent(props: Props) {
  const t = await getTranslations("wizard");
  const intro = props.connection.integration.connectorKind === "partner" ? null : INTROS[props.step];
  return (
    <>
      {intro ? <p className="mb-4 text-sm text-slate-700">{t(intro as "scope.intro")}</p> : null}
      <StepForm {...props} />
    </>
  );
}

async function StepForm({ connection, step, mode, origin }: Props) {
  const { slug, connectorKind: kind, connectorPreset: preset } = connection.integration;
  const settings = readSettings(kind, preset, connection.settings);
  const before = stepBefore(kind, step);
  const backHref = mode === "wizard" && before ? wizardHref(slug, connection.id, before) : null;
  const common = { connectionId: connection.id, mode, backHref };
  switch (step) {
    case "credentials":
      if (kind === "partner") {
        const [credential] = settings.credentialId
          ? await db
              .select({ clientId: apiCredentials.clientId })
              .from(apiCredentials)
              .where(and(eq(apiCredentials.id, settings.credentialId), eq(apiCredentials.organizationId, connection.organizationId)))
          : [];
        const de = (await getLocale()) === "de";
        return (
          <PartnerCredentials
            connectionId={connection.id}
            name={connection.integration.name}
            issuedClientId={credential?.clientId ?? null}
            tokenUrl={`${origin}${PARTNER_TOKEN_PATH}`}
            backHref={backHref}
            instructions={
              <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-700">
                {connection.integration.setupSteps.map((s, i) => (
                  <li key={i}>{de ? s.de : s.en}</li>
                ))}
              </ol>
            }
          />
        );
      }
      return <ScimCredentialsForm {...common} baseUrl={settings.baseUrl} hasToken={connection.hasSecrets} example={preset.baseUrlPattern ?? "https://example.com/scim/v2"} />;
    case "endpoint":
      return <WebhookEndpointForm {...common} url={settings.url} hasSecret={connection.hasSecrets} />;
    case "events":
      return <WebhookEventsForm {...common} events={settings.events} />;
    case "scope": {
      const [options, count] = await Promise.all([
        listScopeOptions(connection.organizationId),
        countEmployeesInScope({ organizationId: connection.organizationId, scope: settings.scope }),
      ]);
      return <ScopeForm {...common} scope={settings.scope} options={options} initialCount={count} />;
    }
    case "mapping":
      return <MappingForm {...common} mapping={settings.mapping} defaults={defaultScimMapping(preset)} />;
    case "schedule":
      return (
        <ScheduleForm
          {...common}
          schedule={connection.schedule}
          leaverPolicy={kind === "scim" ? settings.leaverPolicy : null}
          syncOnEmployeeChange={settings.syncOnEmployeeChange}
        />
      );
    case "review":
      return <ReviewStep connection={connection} />;
  }
}
