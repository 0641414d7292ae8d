import { ButtonLink } from "@/components/ui/button";
import type { ConnectionState } from "@/lib/catalog/get-connection-statuses";
import type { T } from "@/lib/catalog/translator";
import { ConnectionStatusBadge } from "./connection-status-badge";

/**
 * The Connect button knows its state: Connect; Manage when already connected;
 * disabled with the reason when the user lacks a right; "Sign in to connect" for visitors.
 */
export type ConnectState =
  | { kind: "connect"; slug: string }
  | { kind: "manage"; connection: ConnectionState }
  | { kind: "forbidden" }
  | { kind: "signIn"; slug: string }
  | { kind: "openInApp"; slug: string };

export function ConnectAction({ state, t }: { state: ConnectState; t: T }) {
  switch (state.kind) {
    case "connect":
      return <ButtonLink href={`/marketplace/${state.slug}/connect`}>{t("labels.connect")}</ButtonLink>;
    case "manage":
      return (
        <div className="flex items-center gap-2">
          <ButtonLink href={`/connections/${state.connection.id}`}>{t("catalog.detail.manage")}</ButtonLink>
          <ConnectionStatusBadge state={state.connection} t={t} />
        </div>
      );
    case "signIn":
      return <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`/marketplace/${state.slug}`)}`}>{t("catalog.detail.signInToConnect")}</ButtonLink>;
    case "openInApp":
      return <ButtonLink href={`/marketplace/${state.slug}`}>{t("catalog.detail.openInApp")}</ButtonLink>;
    case "forbidden":
      return (
        <div className="max-w-xs">
          <button type="button" disabled aria-describedby="connect-reason" className="cursor-not-allowed rounded-md bg-indigo-300 px-3 py-2 text-sm font-medium text-white">
            {t("labels.connect")}
          </button>
          <p id="connect-reason" className="mt-1 text-xs text-slate-600">
            {t("catalog.detail.connectForbidden")}
          </p>
        </div>
      );
  }
}
