import { getTranslations } from "next-intl/server";
import type { Notification } from "@/db/schema";
import { DismissNotice } from "./dismiss-notice";

/** In-app notices for admins: a connection quarantined after repeated failures. */
export async function Notices({ notices, canDismiss }: { notices: Notification[]; canDismiss: boolean }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("connections");
  return (
    <section aria-label={t("notice.label")} className="mb-6 space-y-2">
      {notices.map((n) => (
        <div key={n.id} role="alert" data-testid="notice" className="flex items-start justify-between gap-4 rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900">
          <p>{t("notice.quarantined", { integration: String(n.params.integration ?? ""), failures: Number(n.params.failures ?? 0) })}</p>
          {canDismiss ? <DismissNotice noticeId={n.id} label={t("action.dismiss")} /> : null}
        </div>
      ))}
    </section>
  );
}
