"use client";

import { useActionState } from "react";
import { Field, TextAreaField } from "@/components/ui/field";
import type { ActionState } from "@/lib/auth/actions";

type Result = { id: string | null; created: boolean };
type Action = (state: ActionState<Result>, form: FormData) => Promise<ActionState<Result>>;

export type RequestFormLabels = {
  title: string;
  toolName: string;
  website: string;
  description: string;
  optional: string;
  notify: string;
  notifyEmail: string;
  honeypot: string;
  submit: string;
  sent: string;
  merged: string;
};

/** "Request an integration": errors beside each field, what was typed kept. */
export function RequestForm({ action, signedIn, labels }: { action: Action; signedIn: boolean; labels: RequestFormLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = (state && !state.ok ? state.values : undefined) ?? {};
  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby="request-form-title" key={state?.ok ? "sent" : JSON.stringify(values).length}>
      <h2 id="request-form-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      {state?.ok ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800">
          {state.data.created ? labels.sent : labels.merged}
        </p>
      ) : null}
      {state && !state.ok ? (
        <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800">
          {state.error}
        </p>
      ) : null}
      <Field label={labels.toolName} name="toolName" required maxLength={80} defaultValue={value("toolName")} error={errors.toolName} />
      <Field label={`${labels.website} (${labels.optional})`} name="website" type="url" maxLength={300} defaultValue={value("website")} error={errors.website} />
      <TextAreaField label={labels.description} name="description" rows={3} maxLength={2000} defaultValue={value("description")} error={errors.description} />
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="notify" defaultChecked={value("notify") === "on"} />
        {labels.notify}
      </label>
      {signedIn ? null : (
        <Field label={`${labels.notifyEmail} (${labels.optional})`} name="notifyEmail" type="email" autoComplete="email" defaultValue={value("notifyEmail")} error={errors.notifyEmail} />
      )}
      <div className="sr-only" aria-hidden="true">
        <label htmlFor="request-homepage">{labels.honeypot}</label>
        <input id="request-homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 disabled:bg-indigo-300">
        {labels.submit}
      </button>
    </form>
  );
}
