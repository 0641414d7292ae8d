"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/actions";

type Action = (state: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/** "Help & Feedback" for first-party integrations: files a support request. */
export function HelpFeedbackForm(props: { action: Action; slug: string; labels: { message: string; submit: string; sent: string } }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const error = state && !state.ok ? (state.fieldErrors?.message ?? state.error) : undefined;
  return (
    <form action={formAction} noValidate className="space-y-2">
      <input type="hidden" name="integration" value={props.slug} />
      <label htmlFor="help-message" className="block text-sm text-slate-700">
        {props.labels.message}
      </label>
      <textarea
        id="help-message"
        name="message"
        rows={3}
        maxLength={4000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "help-message-error" : undefined}
        className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      />
      {error ? (
        <p id="help-message-error" role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="text-sm text-emerald-700">
          {props.labels.sent}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50">
        {props.labels.submit}
      </button>
    </form>
  );
}
