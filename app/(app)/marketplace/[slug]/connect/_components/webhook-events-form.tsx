"use client";

import { useTranslations } from "next-intl";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/connections/settings";
import { saveWebhookEventsAction } from "../actions";
import { FieldError, FormError, StepButtons, StepHidden } from "./form-parts";
import { useStepAction } from "./use-step-action";

/** Which events the webhook sends. */
export function WebhookEventsForm({ connectionId, mode, events, backHref }: { connectionId: string; mode: "wizard" | "edit"; events: WebhookEvent[]; backHref?: string | null }) {
  const t = useTranslations("wizard");
  const { onSubmit, dispatch, pending, data, error, fieldErrors } = useStepAction(saveWebhookEventsAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <StepHidden connectionId={connectionId} mode={mode} />
      <fieldset aria-describedby={fieldErrors.events ? "events-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("events.legend")}</legend>
        <div className="mt-2 space-y-2">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events" value={event} defaultChecked={events.includes(event)} className="h-4 w-4 rounded border-slate-300 text-indigo-600" />
              {t(`events.name.${event.replace("employee.", "") as "provisioned" | "updated" | "deactivated"}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id="events-error" error={fieldErrors.events} />
      <StepButtons mode={mode} backHref={backHref} pending={pending} saved={data?.saved} />
    </form>
  );
}
