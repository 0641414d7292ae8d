"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { issuePartnerCredentialsAction } from "../actions";
import { CopyField } from "./copy-button";
import { FormError, PRIMARY, SECONDARY } from "./form-parts";
import { useStepAction } from "./use-step-action";

type Props = { connectionId: string; name: string; issuedClientId: string | null; tokenUrl: string; backHref: string | null; instructions: ReactNode };

/** Partner set-up: API credentials limited to the consented permissions, shown once, with the partner's instructions. */
export function PartnerCredentials({ connectionId, name, issuedClientId, tokenUrl, backHref, instructions }: Props) {
  const t = useTranslations("wizard");
  const { onSubmit, dispatch, pending, data, error } = useStepAction(issuePartnerCredentialsAction);
  return (
    <div className="space-y-4">
      <FormError error={error} />
      {data ? (
        <section aria-label={t("partner.issue")} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
          <p className="text-sm font-medium text-amber-900">{t("partner.shownOnce")}</p>
          <CopyField id="client-id" label={t("partner.clientId")} value={data.clientId} />
          <CopyField id="client-secret" label={t("partner.clientSecret")} value={data.clientSecret} />
          <CopyField id="token-url" label={t("partner.tokenUrl")} value={tokenUrl} />
          <p className="text-sm text-slate-700">
            {t("partner.scopes")}: <span className="font-mono">{data.scopes.join(" ")}</span>
          </p>
        </section>
      ) : issuedClientId ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">{t("partner.issued", { clientId: issuedClientId })}</p>
      ) : (
        <form action={dispatch} onSubmit={onSubmit}>
          <input type="hidden" name="connectionId" value={connectionId} />
          <button type="submit" disabled={pending} className={PRIMARY}>
            {t("partner.issue")}
          </button>
        </form>
      )}
      <section aria-labelledby="partner-instructions">
        <h3 id="partner-instructions" className="text-sm font-semibold text-slate-900">
          {t("partner.instructions", { name })}
        </h3>
        {instructions}
      </section>
      <p className="text-sm text-slate-600">{t("partner.waiting", { name })}</p>
      <div className="flex gap-3 border-t border-slate-200 pt-4">
        {backHref ? (
          <Link href={backHref} className={SECONDARY}>
            {t("back")}
          </Link>
        ) : null}
        {data || issuedClientId ? (
          <Link href={`/connections/${connectionId}`} className={`${PRIMARY} ml-auto`}>
            {t("partner.done")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
