"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SECONDARY } from "./form-parts";

/** Copies a value shown once (a secret, a client ID, an invite link) to the clipboard. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations("wizard.partner");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={SECONDARY}
      aria-label={`${t("copy")}: ${label}`}
      onClick={async () => {
        await navigator.clipboard?.writeText(value).catch(() => undefined);
        setCopied(true);
      }}
    >
      {copied ? t("copied") : t("copy")}
    </button>
  );
}

/** A value with its label and a copy button, in a read-only field so it can also be selected by hand. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input id={id} readOnly value={value} className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm" />
        <CopyButton value={value} label={label} />
      </div>
    </div>
  );
}
