"use client";

import { useId, useRef, type ReactNode } from "react";

const BUTTON =
  "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed";

/**
 * A button that asks first: a native modal <dialog> (focus trapped, Escape closes)
 * with the consequence in words; confirming submits `onConfirm`.
 */
export function ConfirmDialog(props: {
  label: string;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  danger?: boolean;
  onConfirm: () => void;
  trigger?: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const tone = props.danger ? "bg-rose-600 text-white hover:bg-rose-700" : "bg-indigo-600 text-white hover:bg-indigo-700";
  return (
    <>
      <button type="button" disabled={props.pending} onClick={() => dialog.current?.showModal()} className={`${BUTTON} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50`}>
        {props.label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} aria-describedby={textId} className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {props.title}
        </h2>
        <p id={textId} className="mt-2 text-sm text-slate-700">
          {props.text}
        </p>
        <div className="mt-6 flex justify-end gap-2">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className={`${BUTTON} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50`}>
            {props.cancelLabel}
          </button>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              props.onConfirm();
            }}
            className={`${BUTTON} ${tone}`}
          >
            {props.confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
