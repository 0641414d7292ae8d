"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionState } from "@/lib/auth/actions";
import { deleteApiCredentialAction, disableApiCredentialAction, enableApiCredentialAction, rotateApiCredentialAction } from "../actions";
import { SecretReveal } from "./secret-reveal";

type Action<T> = (state: ActionState<T>, form: FormData) => Promise<ActionState<T>>;

/** One action with its explanation; destructive ones ask once more before they run. */
function ConfirmedAction<T>(props: {
  id: string;
  action: Action<T>;
  label: string;
  hint: ReactNode;
  confirm?: string;
  variant?: ButtonVariant;
  done?: (data: T) => ReactNode;
}) {
  const t = useTranslations("api.manage");
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState(props.action, null);
  if (state?.ok && props.done) return <>{props.done(state.data)}</>;
  return (
    <form action={action} className="space-y-2 border-t border-slate-200 py-4 first:border-t-0" onSubmit={() => setAsking(false)}>
      <input type="hidden" name="id" value={props.id} />
      <div className="text-sm text-slate-600">{props.hint}</div>
      {state?.ok === false ? (
        <p role="alert" className="text-sm text-rose-700">
          {state.error}
        </p>
      ) : null}
      {props.confirm && !asking ? (
        <Button variant={props.variant ?? "secondary"} onClick={() => setAsking(true)}>
          {props.label}
        </Button>
      ) : props.confirm ? (
        <div role="group" aria-label={props.label} className="flex flex-wrap items-center gap-2">
          <p className="text-sm font-medium text-slate-800">{props.confirm}</p>
          <Button type="submit" variant={props.variant ?? "secondary"} disabled={pending}>
            {t("confirm")}
          </Button>
          <Button variant="ghost" onClick={() => setAsking(false)}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <Button type="submit" variant={props.variant ?? "secondary"} disabled={pending}>
          {props.label}
        </Button>
      )}
    </form>
  );
}

export function CredentialActions({ id, status, partner }: { id: string; status: "active" | "disabled"; partner: boolean }) {
  const t = useTranslations("api.manage");
  return (
    <div>
      <ConfirmedAction
        id={id}
        action={rotateApiCredentialAction}
        label={t("rotate")}
        hint={
          <>
            <p>{t("rotateHint")}</p>
            {partner ? <p className="mt-1">{t("rotatePartnerHint")}</p> : null}
          </>
        }
        confirm={t("rotateConfirm")}
        done={(data) => <SecretReveal clientId={data.clientId} clientSecret={data.clientSecret} doneHref={`/api-credentials/${id}`} />}
      />
      {status === "active" ? (
        <ConfirmedAction id={id} action={disableApiCredentialAction} label={t("disable")} hint={t("disableHint")} confirm={t("disableConfirm")} />
      ) : (
        <ConfirmedAction id={id} action={enableApiCredentialAction} label={t("enable")} hint={t("enableHint")} />
      )}
      <ConfirmedAction id={id} action={deleteApiCredentialAction} label={t("delete")} hint={t("deleteHint")} confirm={t("deleteConfirm")} variant="danger" />
    </div>
  );
}
