"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** The redacted cURL command, visible, with a button that copies it. */
export function CopyCurlButton({ command }: { command: string }) {
  const t = useTranslations("monitoring.details");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(command);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <div className="space-y-1">
      <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-2 text-xs text-slate-100" data-testid="curl-command">
        {command}
      </pre>
      <div className="flex items-center gap-3">
        <button
          type="button"
          onClick={copy}
          className="rounded-md bg-white px-2 py-1 text-xs font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
        >
          {t("copyCurl")}
        </button>
        <span role="status" className="text-xs text-slate-600">
          {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : t("curlHint")}
        </span>
      </div>
    </div>
  );
}
