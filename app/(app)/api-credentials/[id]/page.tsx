import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { getApiCredentialOrThrow } from "@/lib/api/list-api-credentials";
import { protectedPage } from "@/lib/auth/protected-page";
import { AppError } from "@/lib/errors";
import { CredentialActions } from "../_components/credential-actions";
import { EditCredential } from "../_components/edit-credential";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** One credential: its details, name and access, secret rotation, disable/enable and delete. */
export default protectedPage<Props>("api_credentials:manage", async ({ user, params }) => {
  const { id } = await params;
  const credential = await getApiCredentialOrThrow({ organizationId: user.organizationId, credentialId: id }).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("api");
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("credentials.never"));
  const facts: [string, React.ReactNode][] = [
    [t("credentials.clientId"), <span key="id" className="font-mono text-xs">{credential.clientId}</span>],
    [
      t("credentials.status"),
      <Badge key="status" tone={credential.status === "active" ? "success" : "neutral"} title={t(`credentials.statusHelp.${credential.status}`)}>
        {t(`credentials.statusValue.${credential.status}`)}
      </Badge>,
    ],
    [t("credentials.createdBy"), credential.createdByName ?? t("credentials.unknownUser")],
    [t("credentials.createdAt"), when(credential.createdAt)],
    [t("credentials.lastUsed"), when(credential.lastUsedAt)],
    ...(credential.rotatedAt ? [[t("credentials.rotatedAt"), when(credential.rotatedAt)] as [string, React.ReactNode]] : []),
    ...(credential.integrationName ? [[t("credentials.connection"), credential.integrationName] as [string, React.ReactNode]] : []),
  ];
  return (
    <>
      <Link href="/api-credentials" className="text-sm text-indigo-700 hover:underline">
        ← {t("credentials.back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={credential.name} description={t("credentials.description")} />
      </div>
      <dl className="mb-6 grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 font-semibold">{t("manage.editTitle")}</h2>
          <EditCredential id={credential.id} current={{ name: credential.name, scopes: credential.scopes, employeeFields: credential.employeeFields }} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("manage.actionsTitle")}</h2>
          <CredentialActions id={credential.id} status={credential.status} partner={credential.connectionId !== null} />
        </Card>
      </div>
    </>
  );
});
