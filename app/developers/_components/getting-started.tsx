import { getTranslations } from "next-intl/server";

/** The three steps from credentials to the first call, with copyable curl commands. */
export async function GettingStarted({ origin }: { origin: string }) {
  const t = await getTranslations("api.developers");
  const token = `curl -X POST ${origin}/api/v1/auth/token \\
  -d grant_type=client_credentials \\
  -d client_id=$CLIENT_ID \\
  -d client_secret=$CLIENT_SECRET`;
  const call = `curl ${origin}/api/v1/employees?limit=50 \\
  -H "Authorization: Bearer $ACCESS_TOKEN"`;
  const pre = "mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100";
  return (
    <ol className="list-decimal space-y-3 pl-5 text-sm text-slate-700">
      <li>{t("step1")}</li>
      <li>
        {t("step2")}
        <pre className={pre}>
          <code>{token}</code>
        </pre>
      </li>
      <li>
        {t("step3")}
        <pre className={pre}>
          <code>{call}</code>
        </pre>
      </li>
    </ol>
  );
}
