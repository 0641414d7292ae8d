import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/** A labelled input with its error beside it (aria-describedby), keeping what the user typed. */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; name: string; error?: string; hint?: string }) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={input.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={input.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        {...input}
        className={`block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500 ${
          error ? "border-rose-500" : "border-slate-300"
        } ${input.className ?? ""}`}
      />
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled text area with its error beside it, like Field. */
export function TextAreaField({
  label,
  name,
  error,
  ...area
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: ReactNode; name: string; error?: string }) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={area.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={area.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        {...area}
        className={`block w-full rounded-md border px-3 py-2 text-sm ${error ? "border-rose-500" : "border-slate-300"} ${area.className ?? ""}`}
      />
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
