import Link from "next/link";
import type { ReactNode } from "react";
import type { T } from "@/lib/catalog/translator";
import type { IntegrationDetail } from "@/lib/catalog/types";

const linkClass = "text-indigo-700 underline hover:text-indigo-900";

/** The right-hand sidebar: developer details, support and installation instructions. */
export function DetailSidebar(props: { item: IntegrationDetail; t: T; helpFeedback: ReactNode; installation: string }) {
  const { item, t } = props;
  return (
    <aside className="w-full shrink-0 space-y-6 lg:w-72" aria-label={t("catalog.detail.sidebar")}>
      <section aria-labelledby="developer-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="developer-title" className="mb-2 text-sm font-semibold">
          {t("catalog.detail.developer")}
        </h2>
        <dl className="space-y-1 text-sm">
          <dt className="sr-only">{t("catalog.detail.developerName")}</dt>
          <dd className="font-medium">{item.developerName}</dd>
          <dt className="sr-only">{t("catalog.detail.website")}</dt>
          <dd>
            <a href={item.developerWebsite} className={linkClass} rel="noopener noreferrer" target="_blank">
              {t("catalog.detail.website")}
            </a>
          </dd>
          <dt className="sr-only">{t("catalog.detail.privacyPolicy")}</dt>
          <dd>
            <a href={item.privacyPolicyUrl} className={linkClass} rel="noopener noreferrer" target="_blank">
              {t("catalog.detail.privacyPolicy")}
            </a>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="support-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="support-title" className="mb-2 text-sm font-semibold">
          {item.providerType === "first_party" ? t("labels.helpFeedback") : t("catalog.detail.support")}
        </h2>
        {item.providerType === "first_party" ? (
          props.helpFeedback
        ) : (
          <div className="space-y-1 text-sm">
            <p className="text-slate-600">{t("catalog.detail.partnerSupport", { partner: item.providerName })}</p>
            {item.supportUrl ? (
              <a href={item.supportUrl} className={linkClass} rel="noopener noreferrer" target="_blank">
                {t("catalog.detail.supportLink")}
              </a>
            ) : null}
            {item.supportEmail ? <p className="text-slate-700">{item.supportEmail}</p> : null}
          </div>
        )}
      </section>
      <section aria-labelledby="install-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="install-title" className="mb-2 text-sm font-semibold">
          {t("catalog.detail.installation")}
        </h2>
        <p className="text-sm text-slate-700">{props.installation}</p>
        <Link href="#setup" className={`mt-2 inline-block text-sm ${linkClass}`}>
          {t("catalog.detail.seeSetup")}
        </Link>
      </section>
    </aside>
  );
}
