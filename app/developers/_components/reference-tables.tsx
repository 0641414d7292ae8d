import { getTranslations } from "next-intl/server";
import { PROBLEMS, PROBLEM_CODES } from "@/lib/api/problem";

const th = "py-1 pr-4";

/** Scopes of the OAuth 2.0 scheme, from the OpenAPI document. */
export async function ScopesTable({ scopes }: { scopes: Record<string, string> }) {
  const t = await getTranslations("api.developers");
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className={th}>{t("scope")}</th>
          <th scope="col" className={th}>{t("meaning")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {Object.entries(scopes).map(([scope, meaning]) => (
          <tr key={scope}>
            <td className="py-1 pr-4 font-mono text-xs">{scope}</td>
            <td className="py-1 text-slate-700">{meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every problem code; each row is the target of its problems' `type` URI (/developers#error-<code>). */
export async function ErrorsTable() {
  const t = await getTranslations("api.developers");
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className={th}>{t("code")}</th>
          <th scope="col" className={th}>{t("status")}</th>
          <th scope="col" className={th}>{t("problemTitle")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {PROBLEM_CODES.map((code) => (
          <tr key={code} id={`error-${code}`} className="scroll-mt-6 target:bg-amber-50">
            <td className="py-1 pr-4 font-mono text-xs">{code}</td>
            <td className="py-1 pr-4 font-mono text-xs">{PROBLEMS[code].status}</td>
            <td className="py-1 text-slate-700">{PROBLEMS[code].title}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
