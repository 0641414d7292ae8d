import { ActionButton } from "@/components/catalog/action-button";
import { Badge } from "@/components/ui/badge";
import type { T } from "@/lib/catalog/translator";
import type { IntegrationRequestRow } from "@/lib/integration-requests/list-integration-requests";
import { INTEGRATION_REQUEST_STATUSES } from "@/lib/validations/integration-requests";
import { setIntegrationRequestStatusAction, voteAction, withdrawVoteAction } from "../actions";

const TONE = { under_review: "neutral", planned: "info", available: "success" } as const;

/** One requested tool: votes, status, and (signed in) vote / notify me; the platform sets the status. */
export function RequestItem({ row, t, signedIn, canManage }: { row: IntegrationRequestRow; t: T; signedIn: boolean; canManage: boolean }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-request={row.toolName}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold text-slate-900">
            {row.toolName}{" "}
            {row.website ? (
              <a href={row.website} rel="noopener noreferrer nofollow" target="_blank" className="text-xs font-normal text-indigo-700 underline">
                {new URL(row.website).host}
              </a>
            ) : null}
          </h3>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{row.description}</p>
        </div>
        <div className="flex flex-col items-end gap-1">
          <Badge tone={TONE[row.status]} title={t(`catalog.requests.statusHelp.${row.status}`)}>
            {t(`catalog.requests.status.${row.status}`)}
          </Badge>
          <span className="text-sm font-medium text-slate-800" data-votes={row.votes}>
            {t("catalog.requests.votes", { count: row.votes })}
          </span>
        </div>
      </div>
      {signedIn ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {row.voted ? (
            <>
              <ActionButton action={withdrawVoteAction} fields={{ id: row.id }} label={t("catalog.requests.withdraw")} pressed />
              <ActionButton
                action={voteAction}
                fields={{ id: row.id, notify: row.notify ? "" : "on" }}
                label={row.notify ? t("catalog.requests.stopNotify") : t("catalog.requests.notifyMe")}
              />
            </>
          ) : (
            <ActionButton action={voteAction} fields={{ id: row.id }} label={t("catalog.requests.vote")} variant="primary" />
          )}
        </div>
      ) : null}
      {canManage ? (
        <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3 text-xs text-slate-600">
          <span>{t("catalog.requests.setStatus")}:</span>
          {INTEGRATION_REQUEST_STATUSES.filter((s) => s !== row.status).map((s) => (
            <ActionButton key={s} action={setIntegrationRequestStatusAction} fields={{ id: row.id, status: s }} label={t(`catalog.requests.status.${s}`)} />
          ))}
        </div>
      ) : null}
    </li>
  );
}
