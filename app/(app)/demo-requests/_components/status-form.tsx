"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/actions";

type Action = (state: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/** Move a demo request on: one button for the next step, a select for any status. */
export function StatusForm(props: {
  action: Action;
  id: string;
  status: string;
  next: { value: string; label: string } | null;
  options: { value: string; label: string }[];
  labels: { changeStatus: string; save: string; requester: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {props.next ? (
        <form action={formAction}>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="status" value={props.next.value} />
          <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-2.5 py-1 text-xs font-medium text-white hover:bg-indigo-700 disabled:bg-indigo-300">
            {props.next.label}
          </button>
        </form>
      ) : null}
      <form action={formAction} className="flex items-center gap-1">
        <input type="hidden" name="id" value={props.id} />
        <label htmlFor={`status-${props.id}`} className="sr-only">
          {props.labels.changeStatus} ({props.labels.requester})
        </label>
        <select id={`status-${props.id}`} name="status" defaultValue={props.status} className="rounded border border-slate-300 bg-white px-1.5 py-1 text-xs">
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded px-2 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50">
          {props.labels.save}
        </button>
      </form>
      {state && !state.ok ? (
        <p role="alert" className="text-xs text-rose-700">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
