"use client";

import { useFormatter, useTranslations } from "next-intl";
import { createInviteAction } from "../actions";
import { CopyField } from "./copy-button";
import { FormError, SECONDARY } from "./form-parts";
import { useStepAction } from "./use-step-action";

/** "Invite a colleague": a signed, expiring link to this pending set-up, to copy or send by email. */
export function InviteColleague({ connectionId, name, needRights }: { connectionId: string; name: string; needRights: boolean }) {
  const t = useTranslations("wizard.invite");
  const format = useFormatter();
  const { onSubmit, dispatch, pending, data, error } = useStepAction(createInviteAction);
  const mailto = data
    ? `mailto:?subject=${encodeURIComponent(t("mailSubject", { name }))}&body=${encodeURIComponent(t("mailBody", { name, url: data.url }))}`
    : null;
  return (
    <section aria-labelledby="invite-title" className={`rounded-md border p-4 ${needRights ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}>
      <h2 id="invite-title" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{needRights ? t("needRights") : t("offer")}</p>
      <FormError error={error} />
      {data ? (
        <div className="mt-3 space-y-2">
          <CopyField id="invite-link" label={t("link")} value={data.url} />
          <p className="text-xs text-slate-600">{t("expires", { date: format.dateTime(new Date(data.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
          <a href={mailto!} className="text-sm text-indigo-700 underline">
            {t("mail")}
          </a>
        </div>
      ) : (
        <form action={dispatch} onSubmit={onSubmit} className="mt-3">
          <input type="hidden" name="connectionId" value={connectionId} />
          <button type="submit" disabled={pending} className={SECONDARY}>
            {t("create")}
          </button>
        </form>
      )}
    </section>
  );
}
