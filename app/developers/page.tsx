import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { getOpenApiDocument } from "@/lib/api/openapi/build-document";
import { policies } from "@/lib/api/rate-limit";
import { EndpointSection, type Operation } from "./_components/endpoint-section";
import { GettingStarted } from "./_components/getting-started";
import { ErrorsTable, ScopesTable } from "./_components/reference-tables";
import { SchemaTable, type Components } from "./_components/schema-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("api.developers");
  return { title: t("title") };
}

const METHODS = ["get", "post", "patch", "put", "delete"] as const;

/** "Sync runs" -> "sync-runs", the key of the resource's name in the api messages. */
const tagKey = (name: string) => name.toLowerCase().replace(/\s+/g, "-");

/** The public API reference, rendered on the server from the OpenAPI document: no scripts, no CDN, works offline. */
export default async function DevelopersPage() {
  const t = await getTranslations();
  const doc = getOpenApiDocument() as unknown as {
    tags: { name: string; description?: string }[];
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Components; securitySchemes: { oauth2: { flows: { clientCredentials: { scopes: Record<string, string> } } } } };
  };
  const host = (await headers()).get("host");
  const origin = host ? `${process.env.NEXTAUTH_URL?.startsWith("https://") ? "https" : "http"}://${host}` : "";
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] as Operation & { tags?: string[] } })),
  );
  const section = (id: string, title: string, children: ReactNode) => (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
  const tokenOp = operations.find((o) => o.path === "/auth/token")!;
  const resourceTags = doc.tags.filter((tag) => tag.name !== "Authentication");
  const toc: [string, string][] = [
    ["getting-started", t("api.developers.gettingStarted")],
    ["authentication", t("api.developers.authentication")],
    ["scopes", t("api.developers.scopesTitle")],
    ["errors", t("api.developers.errorsTitle")],
    ["rate-limits", t("api.developers.rateLimitsTitle")],
    ["pagination", t("api.developers.paginationTitle")],
    ...resourceTags.map((tag): [string, string] => [`tag-${tagKey(tag.name)}`, t(`api.resources.${tagKey(tag.name)}` as never)]),
    ["schemas", t("api.developers.schemas")],
  ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-3">
          <nav aria-label={t("shell.navigation")} className="flex items-center gap-4 text-sm">
            <Link href="/" className="font-semibold text-indigo-700">
              {t("common.appName")}
            </Link>
            <Link href="/integrations" className="text-slate-700 hover:underline">
              {t("shell.integrationsCatalog")}
            </Link>
            <Link href="/api-credentials" className="text-slate-700 hover:underline">
              {t("shell.apiCredentials")}
            </Link>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <div className="mx-auto flex max-w-6xl gap-8 px-6 py-8">
        <nav aria-label={t("api.developers.contents")} className="sticky top-6 hidden h-fit w-52 shrink-0 text-sm lg:block">
          <p className="mb-2 font-semibold text-slate-800">{t("api.developers.contents")}</p>
          <ul className="space-y-1">
            {toc.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} className="text-slate-600 hover:text-indigo-700 hover:underline">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1 space-y-10">
          <div>
            <h1 className="text-3xl font-semibold text-slate-900">{t("api.developers.title")}</h1>
            <p className="mt-2 text-slate-600">{t("api.developers.description")}</p>
            <p className="mt-2 text-sm text-slate-500">
              {t("api.developers.openApiNote")}{" "}
              <a href="/api/v1/openapi.json" className="font-medium text-indigo-700 underline" download="openapi.json">
                {t("api.developers.download")}
              </a>
            </p>
          </div>
          {section("getting-started", t("api.developers.gettingStarted"), <GettingStarted origin={origin} />)}
          {section(
            "authentication",
            t("api.developers.authentication"),
            <>
              <p className="text-sm text-slate-700">{t("api.developers.tokenLifetime")}</p>
              <EndpointSection method={tokenOp.method} path={tokenOp.path} operation={tokenOp.operation} components={doc.components.schemas} />
            </>,
          )}
          {section("scopes", t("api.developers.scopesTitle"), <ScopesTable scopes={doc.components.securitySchemes.oauth2.flows.clientCredentials.scopes} />)}
          {section(
            "errors",
            t("api.developers.errorsTitle"),
            <>
              <p className="text-sm text-slate-700">{t("api.developers.errorsText")}</p>
              <ErrorsTable />
            </>,
          )}
          {section(
            "rate-limits",
            t("api.developers.rateLimitsTitle"),
            <p className="text-sm text-slate-700">
              {t("api.developers.rateLimitsText", { perClient: policies.client().points, perIp: policies.tokenIp().points, perTokenClient: policies.tokenClient().points })}
            </p>,
          )}
          {section("pagination", t("api.developers.paginationTitle"), <p className="text-sm text-slate-700">{t("api.developers.paginationText")}</p>)}
          {resourceTags.map((tag) =>
              section(
                `tag-${tagKey(tag.name)}`,
                t(`api.resources.${tagKey(tag.name)}` as never),
                <>
                  {tag.description ? <p className="text-sm text-slate-600">{tag.description}</p> : null}
                  {operations
                    .filter((o) => o.operation.tags?.includes(tag.name))
                    .map((o) => (
                      <EndpointSection key={o.operation.operationId} method={o.method} path={o.path} operation={o.operation} components={doc.components.schemas} />
                    ))}
                </>,
              ),
            )}
          {section(
            "schemas",
            t("api.developers.schemas"),
            Object.entries(doc.components.schemas).map(([name, schema]) => (
              <div key={name} id={`schema-${name}`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="font-mono text-sm font-semibold">{name}</h3>
                {schema.description ? <p className="mb-2 text-sm text-slate-600">{schema.description}</p> : null}
                <SchemaTable schema={schema} components={doc.components.schemas} />
              </div>
            )),
          )}
        </main>
      </div>
    </div>
  );
}
