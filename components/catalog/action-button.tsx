"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/actions";

type Action = (state: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/** A one-button form posting a server action with hidden fields; shows the action's error beside it. */
export function ActionButton(props: { action: Action; fields: Record<string, string>; label: string; pressed?: boolean; variant?: "primary" | "secondary" }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const style =
    props.variant === "primary"
      ? "bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-300"
      : "text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50";
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-pressed={props.pressed} className={`rounded-md px-2.5 py-1 text-xs font-medium ${style}`}>
        {props.label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-rose-700">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
