import Image from "next/image";
import Link from "next/link";
import type { ReactNode } from "react";
import { CATEGORIES } from "@/lib/catalog/categories";
import type { T } from "@/lib/catalog/translator";
import type { IntegrationDetail } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locales";
import { ConnectAction, type ConnectState } from "./connect-action";
import { DetailSidebar } from "./detail-sidebar";
import { IntegrationBadges } from "./integration-badges";
import { PermissionsList } from "./permissions-list";

type Props = {
  item: IntegrationDetail;
  locale: Locale;
  t: T;
  platform: string;
  backHref: string;
  backLabel: string;
  connect: ConnectState;
  demoForm: ReactNode;
  helpFeedback: ReactNode;
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="scroll-mt-6">
      <h2 id={`${id}-title`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The detail page, the same in-app and public: overview, setup, permissions, pricing, screenshots, sidebar, demo form. */
export function IntegrationDetailView({ item, locale, t, platform, ...props }: Props) {
  const de = locale === "de";
  const installation = item.providerType === "first_party" ? t("catalog.detail.installFirstParty") : t("catalog.detail.installPartner", { partner: item.providerName });
  return (
    <div>
      <Link href={props.backHref} className="text-sm text-indigo-700 underline">
        ← {props.backLabel}
      </Link>
      <header className="mt-4 flex flex-wrap items-start gap-4 border-b border-slate-200 pb-6">
        <Image src={item.logo} alt="" width={64} height={64} loading="eager" className="h-16 w-16 rounded-lg" />
        <div className="min-w-0 flex-1 space-y-2">
          <h1 className="text-2xl font-semibold text-slate-900">{item.name}</h1>
          <p className="text-sm text-slate-600">{item.providerType === "first_party" ? t("labels.provider.first_party", { platform }) : item.providerName}</p>
          <IntegrationBadges item={item} t={t} platform={platform} />
          <p className="max-w-2xl text-slate-700">{de ? item.summaryDe : item.summaryEn}</p>
          <p className="text-xs text-slate-500">{item.categories.map((c) => CATEGORIES[c][locale]).join(" · ")}</p>
        </div>
        <div className="flex flex-col items-end gap-2">
          <ConnectAction state={props.connect} t={t} />
          <a href="#request-demo" className="text-sm font-medium text-indigo-700 underline">
            {t("labels.requestDemo")}
          </a>
        </div>
      </header>
      <div className="mt-6 flex flex-col gap-8 lg:flex-row">
        <div className="min-w-0 flex-1 space-y-8">
          <Section id="overview" title={t("catalog.detail.overview")}>
            <p className="whitespace-pre-line text-slate-700">{de ? item.descriptionDe : item.descriptionEn}</p>
          </Section>
          <Section id="setup" title={t("catalog.detail.setup")}>
            <ol className="list-decimal space-y-2 pl-6 text-slate-700">
              {item.setupSteps.map((step, i) => (
                <li key={i}>{step[locale]}</li>
              ))}
            </ol>
          </Section>
          <Section id="permissions" title={t("catalog.detail.permissions")}>
            <PermissionsList permissions={item.permissions} name={item.name} t={t} />
          </Section>
          <Section id="pricing" title={t("catalog.detail.pricing")}>
            <p className="font-medium text-slate-800">{t(`catalog.pricing.${item.pricingModel}`)}</p>
            <p className="text-sm text-slate-700">{item.pricingNote ? item.pricingNote[locale] : t(`catalog.pricingHelp.${item.pricingModel}`)}</p>
          </Section>
          {item.screenshots.length ? (
            <Section id="screenshots" title={t("catalog.detail.screenshots")}>
              <div className="grid gap-4 sm:grid-cols-2">
                {item.screenshots.map((shot) => (
                  <figure key={shot.src}>
                    <Image src={shot.src} alt={shot.caption[locale]} width={640} height={400} className="rounded border border-slate-200" />
                    <figcaption className="mt-1 text-xs text-slate-600">{shot.caption[locale]}</figcaption>
                  </figure>
                ))}
              </div>
            </Section>
          ) : null}
          <section id="request-demo" className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-6">
            {props.demoForm}
          </section>
        </div>
        <DetailSidebar item={item} t={t} helpFeedback={props.helpFeedback} installation={installation} />
      </div>
    </div>
  );
}
