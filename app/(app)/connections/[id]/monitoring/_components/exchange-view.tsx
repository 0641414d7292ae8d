import { getTranslations } from "next-intl/server";
import type { HttpExchange } from "@/db/schema";
import { formatBody, redactExchange } from "@/lib/monitoring/redact-exchange";
import { toCurl } from "@/lib/monitoring/to-curl";
import { CopyCurlButton } from "./copy-curl-button";

function Headers({ headers, label }: { headers?: Record<string, string>; label: string }) {
  const entries = Object.entries(headers ?? {});
  if (entries.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-medium text-slate-600">{label}</p>
      <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{entries.map(([k, v]) => `${k}: ${v}`).join("\n")}</pre>
    </div>
  );
}

/** The request sent and the target's response, secrets redacted, with "Copy as cURL". */
export async function ExchangeView({ exchange }: { exchange: HttpExchange | null | undefined }) {
  const t = await getTranslations("monitoring.details");
  const safe = redactExchange(exchange);
  if (!safe || (!safe.request && !safe.response)) return <p className="text-sm text-slate-600">{t("noExchange")}</p>;
  const curl = toCurl(exchange);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {safe.request ? (
        <section aria-label={t("request")} className="space-y-2">
          <h4 className="text-sm font-semibold">{t("request")}</h4>
          <p className="break-all font-mono text-xs">
            {safe.request.method} {safe.request.url}
          </p>
          <Headers headers={safe.request.headers} label={t("headers")} />
          {formatBody(safe.request.body) ? (
            <div>
              <p className="text-xs font-medium text-slate-600">{t("body")}</p>
              <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{formatBody(safe.request.body)}</pre>
            </div>
          ) : null}
          {curl ? <CopyCurlButton command={curl} /> : null}
        </section>
      ) : null}
      {safe.response ? (
        <section aria-label={t("response")} className="space-y-2">
          <h4 className="text-sm font-semibold">
            {t("response")} · <span className="font-mono">{t("httpStatus", { status: safe.response.status })}</span>
          </h4>
          <Headers headers={safe.response.headers} label={t("headers")} />
          <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs" data-testid="target-response">
            {formatBody(safe.response.body)}
          </pre>
        </section>
      ) : null}
    </div>
  );
}
