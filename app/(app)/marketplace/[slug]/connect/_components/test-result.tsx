"use client";

import { useTranslations } from "next-intl";
import type { TestView } from "@/lib/connections/test-view";

/** What a connection test brought back: success with the target's facts, or its error, and the exchanges. */
export function TestResult({ test }: { test: TestView | null | undefined }) {
  const t = useTranslations("wizard.test");
  const tc = useTranslations("common");
  if (!test) return null;
  const s = test.summary;
  const facts: string[] = [];
  if (typeof s.totalUsers === "number") facts.push(t("summaryUsers", { count: s.totalUsers }));
  if (typeof s.patch === "boolean") facts.push(t("summaryPatch", { value: s.patch ? tc("yes") : tc("no") }));
  if (typeof s.filter === "boolean") facts.push(t("summaryFilter", { value: s.filter ? tc("yes") : tc("no") }));
  if (typeof s.status === "number") facts.push(t("delivered", { status: s.status }));
  return (
    <div
      role="status"
      data-testid="test-result"
      data-ok={test.ok}
      className={`mt-4 rounded-md border p-3 text-sm ${test.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-rose-300 bg-rose-50 text-rose-900"}`}
    >
      <p className="font-medium">{test.ok ? t("ok") : t("failed")}</p>
      {test.message ? <p className="mt-1 font-mono text-xs" data-testid="test-message">{test.message}</p> : null}
      {facts.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      ) : null}
      {test.exchanges.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs underline">{t("exchanges")}</summary>
          <pre className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap rounded bg-white/70 p-2 text-xs text-slate-800">
            {JSON.stringify(test.exchanges, null, 2)}
          </pre>
        </details>
      ) : null}
    </div>
  );
}
