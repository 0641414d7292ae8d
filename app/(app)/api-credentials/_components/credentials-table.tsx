import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ApiCredentialListItem } from "@/lib/api/list-api-credentials";
import { DataTable } from "@/components/ui/table";

/** The company's credentials: name, client id, scopes, status, who created them and when, last use. */
export async function CredentialsTable({ items }: { items: ApiCredentialListItem[] }) {
  const t = await getTranslations("api");
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("credentials.never"));
  return (
    <DataTable columns={[t("credentials.name"), t("credentials.clientId"), t("credentials.scopes"), t("credentials.status"), t("credentials.createdBy"), t("credentials.createdAt"), t("credentials.lastUsed")]} caption={t("credentials.listLabel")}>
      {items.map((c) => (
        <tr key={c.id}>
          <td className="px-4 py-2">
            <Link href={`/api-credentials/${c.id}`} className="font-medium text-indigo-700 hover:underline">
              {c.name}
            </Link>
            {c.integrationName ? <span className="block text-xs text-slate-500">{t("credentials.connection")}: {c.integrationName}</span> : null}
          </td>
          <td className="px-4 py-2 font-mono text-xs text-slate-700">{c.clientId}</td>
          <td className="px-4 py-2">
            <ul className="flex max-w-xs flex-wrap gap-1">
              {c.scopes.map((scope) => (
                <li key={scope} className="whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700" title={t(`scopes.${scope}` as never)}>
                  {scope}
                </li>
              ))}
            </ul>
          </td>
          <td className="px-4 py-2">
            <Badge tone={c.status === "active" ? "success" : "neutral"} title={t(`credentials.statusHelp.${c.status}`)}>
              {t(`credentials.statusValue.${c.status}`)}
            </Badge>
          </td>
          <td className="px-4 py-2">{c.createdByName ?? t("credentials.unknownUser")}</td>
          <td className="px-4 py-2 whitespace-nowrap">{when(c.createdAt)}</td>
          <td className="px-4 py-2 whitespace-nowrap">{when(c.lastUsedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
