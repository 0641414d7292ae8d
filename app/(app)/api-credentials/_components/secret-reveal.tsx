"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";

function CopyField({ label, value, id }: { label: string; value: string; id: string }) {
  const t = useTranslations("api.secret");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setState("failed");
    }
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex gap-2">
        <input id={id} readOnly value={value} className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy} className="rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500" aria-label={`${t("copy")}: ${label}`}>
          {state === "copied" ? t("copied") : t("copy")}
        </button>
      </div>
      {state === "failed" ? <p className="text-xs text-rose-700">{t("copyFailed")}</p> : null}
      <p className="sr-only" aria-live="polite">
        {state === "copied" ? `${label}: ${t("copied")}` : ""}
      </p>
    </div>
  );
}

/** The client id and, this once, the secret, with copy buttons. */
export function SecretReveal({ clientId, clientSecret, doneHref }: { clientId: string; clientSecret: string; doneHref: string }) {
  const t = useTranslations("api.secret");
  return (
    <section aria-labelledby="secret-title" className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <div>
        <h2 id="secret-title" className="font-semibold text-amber-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-amber-900">{t("text")}</p>
      </div>
      <CopyField id="client-id" label={t("clientId")} value={clientId} />
      <CopyField id="client-secret" label={t("clientSecret")} value={clientSecret} />
      <Link href={doneHref} className="inline-flex rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
        {t("done")}
      </Link>
    </section>
  );
}
