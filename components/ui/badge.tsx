import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  warning: "bg-amber-50 text-amber-800 ring-amber-300",
  danger: "bg-rose-50 text-rose-800 ring-rose-300",
  info: "bg-sky-50 text-sky-800 ring-sky-300",
  brand: "bg-indigo-50 text-indigo-800 ring-indigo-300",
} as const;
export type BadgeTone = keyof typeof TONES;

/** A status badge. `title` carries the one-line explanation, also given to screen readers. */
export function Badge({ tone = "neutral", children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
      {title ? <span className="sr-only">: {title}</span> : null}
    </span>
  );
}
