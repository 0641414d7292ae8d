import { getTranslations } from "next-intl/server";
import { InlineText } from "./inline-text";
import { refName, SchemaTable, typeLabel, type Components, type JsonSchema } from "./schema-table";

export type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
};

const METHOD_TONE: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  patch: "bg-amber-100 text-amber-800",
  delete: "bg-rose-100 text-rose-800",
};

/** One operation of the OpenAPI document: method and path, scopes, parameters, body and responses. */
export async function EndpointSection({ method, path, operation, components }: { method: string; path: string; operation: Operation; components: Components }) {
  const t = await getTranslations("api.developers");
  const scopes = operation.security?.flatMap((s) => s.oauth2 ?? []) ?? [];
  const clientAuth = operation.security?.some((s) => "clientBasic" in s) ?? false;
  const bodyContent = operation.requestBody ? Object.entries(operation.requestBody.content) : [];
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5">
      <h3 id={`${operation.operationId}-title`} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <span className={`rounded px-2 py-0.5 font-mono text-xs uppercase ${METHOD_TONE[method] ?? "bg-slate-100"}`}>{method}</span>
        <code className="font-mono text-sm">{`/api/v1${path}`}</code>
        <span className="text-slate-700">{`— ${operation.summary ?? ""}`}</span>
      </h3>
      {operation.description ? (
        <div className="mt-2 space-y-2 text-sm text-slate-700">
          {/* the scopes paragraph of the description is shown below as a list */}
          {operation.description
            .split("\n\n")
            .filter((paragraph) => !paragraph.startsWith("Scopes: "))
            .map((paragraph) => (
              <p key={paragraph}>
                <InlineText text={paragraph} />
              </p>
            ))}
        </div>
      ) : null}
      <p className="mt-2 text-sm">
        <span className="font-medium">{t("scopesNeeded")}: </span>
        {scopes.length > 0
          ? scopes.map((s) => (
              <code key={s} className="mr-1 rounded bg-slate-100 px-1 font-mono text-xs">
                {s}
              </code>
            ))
          : clientAuth
            ? t("clientAuth")
            : t("noAuth")}
      </p>

      {operation.parameters?.length ? (
        <>
          <h4 className="mt-4 text-sm font-semibold">{t("parameters")}</h4>
          <table className="mt-1 w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-4">{t("parameter")}</th>
                <th scope="col" className="py-1 pr-4">{t("in")}</th>
                <th scope="col" className="py-1 pr-4">{t("type")}</th>
                <th scope="col" className="py-1">{t("columnDescription")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {operation.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <td className="py-1 pr-4 font-mono text-xs">
                    {p.name}
                    {p.required ? <span className="ml-1 text-rose-700" title={t("required")}>*</span> : null}
                  </td>
                  <td className="py-1 pr-4 text-xs">{p.in}</td>
                  <td className="py-1 pr-4 font-mono text-xs">{typeLabel(p.schema, components)}</td>
                  <td className="py-1 text-slate-700">{p.description ? <InlineText text={p.description} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {bodyContent.length > 0 ? (
        <>
          <h4 className="mt-4 text-sm font-semibold">
            {t("requestBody")} <span className="font-normal text-slate-500">({bodyContent.map(([type]) => type).join(", ")})</span>
          </h4>
          <SchemaTable schema={bodyContent[0][1].schema} components={components} />
        </>
      ) : null}

      <h4 className="mt-4 text-sm font-semibold">{t("responses")}</h4>
      <ul className="mt-1 space-y-1 text-sm">
        {Object.entries(operation.responses).map(([status, response]) => {
          const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
          return (
            <li key={status}>
              <code className={`mr-2 font-mono text-xs font-semibold ${status.startsWith("2") ? "text-emerald-700" : "text-rose-700"}`}>{status}</code>
              <InlineText text={response.description} />
              {media?.schema.$ref ? (
                <a href={`#schema-${refName(media.schema.$ref)}`} className="ml-2 font-mono text-xs text-indigo-700 hover:underline">
                  {refName(media.schema.$ref)}
                </a>
              ) : null}
              {type ? <span className="ml-2 text-xs text-slate-500">{type}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
