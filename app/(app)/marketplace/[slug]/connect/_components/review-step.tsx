import { getTranslations } from "next-intl/server";
import type { ConnectionDetails } from "@/lib/connections/get-connection";
import { wizardHref } from "@/lib/connections/wizard-href";
import { stepBefore } from "@/lib/connections/wizard-steps";
import { previewSync, type SyncPreview } from "@/lib/sync/preview-sync";
import { ConfigurationSummary } from "./configuration-summary";
import { ConnectForm } from "./connect-form";

const COUNTS = ["provision", "link", "update", "deactivate", "skipped"] as const;

async function loadPreview(connection: ConnectionDetails): Promise<{ preview: SyncPreview } | { error: string }> {
  try {
    return { preview: await previewSync({ organizationId: connection.organizationId, connectionId: connection.id }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The last step: the configuration, what the first sync will do (computed without writing to the target), Connect. */
export async function ReviewStep({ connection }: { connection: ConnectionDetails }) {
  const t = await getTranslations("wizard.review");
  const tl = await getTranslations("labels");
  const { slug, connectorKind } = connection.integration;
  const back = stepBefore(connectorKind, "review");
  const result = connectorKind === "scim" ? await loadPreview(connection) : null;
  return (
    <>
      <p className="mb-4 text-sm text-slate-700">{t("intro")}</p>
      <ConfigurationSummary connection={connection} changeHref={(step) => wizardHref(slug, connection.id, step)} />
      {result ? (
        <section aria-labelledby="preview-title" className="mt-6">
          <h3 id="preview-title" className="text-sm font-semibold text-slate-900">{t("previewTitle")}</h3>
          <p className="text-xs text-slate-500">{t("previewIntro")}</p>
          {"preview" in result ? (
            <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="sync-preview">
              {COUNTS.map((key) => (
                <div key={key} className="rounded-md border border-slate-200 p-3 text-center">
                  <dt className="text-xs text-slate-600">{t(key)}</dt>
                  <dd className="text-xl font-semibold tabular-nums text-slate-900" data-testid={`preview-${key}`}>
                    {result.preview[key]}
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p role="alert" className="mt-2 text-sm text-rose-700">{t("previewFailed", { message: result.error })}</p>
          )}
        </section>
      ) : null}
      <ConnectForm connectionId={connection.id} backHref={back ? wizardHref(slug, connection.id, back) : null} label={tl("connect")} />
    </>
  );
}
