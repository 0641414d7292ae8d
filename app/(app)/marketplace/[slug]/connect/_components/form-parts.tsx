"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

const BUTTON =
  "inline-flex items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed";
export const PRIMARY = `${BUTTON} bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-300`;
export const SECONDARY = `${BUTTON} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:text-slate-400`;
export const DANGER = `${BUTTON} bg-rose-600 text-white hover:bg-rose-700 disabled:bg-rose-300`;

/** The hidden fields every step form posts. */
export function StepHidden({ connectionId, mode }: { connectionId: string; mode: "wizard" | "edit" }) {
  return (
    <>
      <input type="hidden" name="connectionId" value={connectionId} />
      <input type="hidden" name="mode" value={mode} />
    </>
  );
}

/** Back (a link: nothing is saved) and Next, or Save under Settings, plus the "Saved." note. */
export function StepButtons({ mode, backHref, pending, saved, children }: { mode: "wizard" | "edit"; backHref?: string | null; pending: boolean; saved?: boolean; children?: ReactNode }) {
  const t = useTranslations("wizard");
  return (
    <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
      {mode === "wizard" && backHref ? (
        <Link href={backHref} className={SECONDARY}>
          {t("back")}
        </Link>
      ) : null}
      {children}
      <button type="submit" name="intent" value="save" disabled={pending} className={`${PRIMARY} ml-auto`}>
        {pending ? t("saving") : mode === "wizard" ? t("next") : t("save")}
      </button>
      {saved ? (
        <p role="status" className="w-full text-right text-sm text-emerald-700">
          {t("saved")}
        </p>
      ) : null}
    </div>
  );
}

export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
      {error}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-rose-700">
      {error}
    </p>
  );
}
