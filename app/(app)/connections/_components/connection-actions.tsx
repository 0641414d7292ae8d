"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/auth/actions";
import { TestResult } from "../../marketplace/[slug]/connect/_components/test-result";
import { deactivateAction, disconnectAction, reactivateAction, syncNowAction, type LifecycleResult } from "../actions";
import { ConfirmDialog } from "./confirm-dialog";

type Props = {
  connection: { id: string; status: "pending" | "connected" | "inactive"; kind: "scim" | "webhook" | "partner"; name: string; continueHref: string };
  /** the list shows Manage; the connection's own page does not */
  showManage?: boolean;
};

const BUTTON =
  "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300 bg-white text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:text-slate-400";

/** What an HR admin can do with a connection, by its status. Rendered only for users who may manage. */
export function ConnectionActions({ connection, showManage = false }: Props) {
  const t = useTranslations("connections");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionState<LifecycleResult | void>>(null);
  const run = (action: (input: { connectionId: string }) => Promise<ActionState<LifecycleResult | void>>) =>
    startTransition(async () => setResult(await action({ connectionId: connection.id })));
  const { id, status, kind, name } = connection;
  const data = result?.ok ? result.data : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {showManage ? (
          <Link href={`/connections/${id}`} className={BUTTON}>
            {t("action.manage")}
          </Link>
        ) : null}
        {status === "pending" ? (
          <Link href={connection.continueHref} className={BUTTON}>
            {t("action.continueSetup")}
          </Link>
        ) : null}
        {status === "connected" && kind !== "partner" ? (
          <button type="button" className={BUTTON} disabled={pending} onClick={() => run(syncNowAction)}>
            {t("action.syncNow")}
          </button>
        ) : null}
        {status !== "pending" && kind !== "partner" ? (
          <Link href={`/connections/${id}/settings`} className={BUTTON}>
            {t("action.editConfiguration")}
          </Link>
        ) : null}
        {status === "connected" ? (
          <ConfirmDialog
            label={t("action.deactivate")}
            title={t("confirm.deactivateTitle", { name })}
            text={t("confirm.deactivateText")}
            confirmLabel={t("action.deactivate")}
            cancelLabel={t("action.cancel")}
            pending={pending}
            onConfirm={() => run(deactivateAction)}
          />
        ) : null}
        {status === "inactive" ? (
          <button type="button" className={BUTTON} disabled={pending} onClick={() => run(reactivateAction)}>
            {t("action.reactivate")}
          </button>
        ) : null}
        <ConfirmDialog
          label={t("action.disconnect")}
          title={t("confirm.disconnectTitle", { name })}
          text={t("confirm.disconnectText")}
          confirmLabel={t("action.disconnect")}
          cancelLabel={t("action.cancel")}
          pending={pending}
          danger
          onConfirm={() => run(disconnectAction)}
        />
      </div>
      {result && !result.ok ? (
        <p role="alert" className="text-sm text-rose-700">
          {result.error}
        </p>
      ) : null}
      {data ? (
        <div role="status" className="text-sm text-slate-700" data-testid="action-message">
          {data.message}
        </div>
      ) : null}
      {data?.test ? <TestResult test={data.test} /> : null}
    </div>
  );
}
