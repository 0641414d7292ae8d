import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/** The label above a control and its error beside it (the control names it through aria-describedby). */
function FieldFrame({ id, label, error, hint, children }: { id: string; label: ReactNode; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const controlClass = (error: string | undefined, extra = "") => `block w-full rounded-md border px-3 py-2 text-sm ${error ? "border-rose-500" : "border-slate-300"} ${extra}`;

/** A labelled input with its error beside it (aria-describedby), keeping what the user typed. */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; name: string; error?: string; hint?: string }) {
  const id = input.id ?? name;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
        className={controlClass(error, `shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500 ${input.className ?? ""}`)}
      />
    </FieldFrame>
  );
}

/** A labelled text area with its error beside it, like Field. */
export function TextAreaField({
  label,
  name,
  error,
  ...area
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: ReactNode; name: string; error?: string }) {
  const id = area.id ?? name;
  return (
    <FieldFrame id={id} label={label} error={error}>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...area}
        className={controlClass(error, area.className)}
      />
    </FieldFrame>
  );
}
