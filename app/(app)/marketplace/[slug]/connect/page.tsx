import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { protectedPage } from "@/lib/auth/protected-page";
import { can } from "@/lib/auth/rights";
import { getConnectionOrThrow, getIntegrationBySlugOrThrow } from "@/lib/connections/get-connection";
import { verifyInvite } from "@/lib/connections/invite-link";
import { wizardHref } from "@/lib/connections/wizard-href";
import { resolveStep, stepAfter } from "@/lib/connections/wizard-steps";
import { orNotFound } from "../../../connections/_lib/or-not-found";
import { requestOrigin } from "../../../connections/_lib/request-origin";
import { ConsentForm } from "./_components/consent-form";
import { PRIMARY_LINK } from "./_components/link-styles";
import { InviteColleague } from "./_components/invite-colleague";
import { PermissionsList } from "./_components/permissions-list";
import { StepContent } from "./_components/step-content";
import { WizardFrame } from "./_components/wizard-frame";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ connection?: string | string[]; step?: string | string[]; invite?: string | string[] }>;
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * The configuration wizard: `/marketplace/[slug]/connect` starts it (consent), then
 * `?connection=<id>&step=<step>` shows one step per page; leaving keeps the connection
 * pending and "Continue set-up" returns to the step reached. `?invite=<token>` opens
 * the same pending set-up for a colleague.
 */
export default protectedPage<Props>("connections:start", async ({ user, params, searchParams }) => {
  const { slug } = await params;
  const query = await searchParams;
  const t = await getTranslations("wizard");
  const integration = await orNotFound(getIntegrationBySlugOrThrow(slug));
  const canFinish = can(user.rights, "connections:manage");

  let connectionId = one(query.connection) ?? null;
  let invitedBy: string | null = null;
  const inviteToken = one(query.invite);
  if (inviteToken) {
    const invite = await verifyInvite(inviteToken);
    if (!invite) {
      return (
        <p role="alert" className="mx-auto max-w-xl rounded-md border border-amber-300 bg-amber-50 p-6 text-amber-900">
          {t("invite.invalid")}
        </p>
      );
    }
    if (invite.organizationId !== user.organizationId) notFound();
    connectionId = invite.connectionId;
    invitedBy = invite.invitedBy;
  }

  if (!connectionId) {
    return (
      <WizardFrame integration={integration} connectionId={null} step="permissions" reached="permissions">
        <PermissionsList integration={integration} />
        <ConsentForm slug={slug} name={integration.name} />
      </WizardFrame>
    );
  }

  const connection = await orNotFound(getConnectionOrThrow({ organizationId: user.organizationId, connectionId }));
  if (connection.integration.slug !== slug) redirect(wizardHref(connection.integration.slug, connection.id));
  if (connection.status !== "pending") redirect(`/connections/${connection.id}`);
  const kind = integration.connectorKind;
  const step = resolveStep(kind, connection.wizardStep, one(query.step));
  const reached = resolveStep(kind, connection.wizardStep, undefined);

  let content;
  if (step === "permissions") {
    content = (
      <>
        <PermissionsList integration={integration} />
        <div className="mt-6 flex border-t border-slate-200 pt-4">
          <Link href={wizardHref(slug, connection.id, stepAfter(kind, "permissions") ?? undefined)} className={`${PRIMARY_LINK} ml-auto`}>
            {t("next")}
          </Link>
        </div>
      </>
    );
  } else if (!canFinish) {
    content = <InviteColleague connectionId={connection.id} name={integration.name} needRights />;
  } else {
    content = <StepContent connection={connection} step={step} mode="wizard" origin={await requestOrigin()} />;
  }

  return (
    <WizardFrame
      integration={integration}
      connectionId={connection.id}
      step={step}
      reached={reached}
      aside={
        <>
          {invitedBy ? <p className="rounded-md bg-indigo-50 p-3 text-sm text-indigo-900">{t("invite.from", { name: invitedBy })}</p> : null}
          {canFinish && step !== "review" ? <InviteColleague connectionId={connection.id} name={integration.name} needRights={false} /> : null}
          <Link href="/connections" className="block text-sm text-slate-600 underline">
            {t("cancelSetup")}
          </Link>
        </>
      }
    >
      {content}
    </WizardFrame>
  );
});
