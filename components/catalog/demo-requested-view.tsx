import Link from "next/link";
import type { T } from "@/lib/catalog/translator";

/** The confirmation after "Request demo". */
export function DemoRequestedView({ t, backHref }: { t: T; backHref: string }) {
  return (
    <section aria-labelledby="demo-requested" className="mx-auto max-w-xl rounded-lg border border-emerald-200 bg-white p-8 text-center shadow-sm">
      <h1 id="demo-requested" className="text-2xl font-semibold text-slate-900">
        {t("demo.confirmation.title")}
      </h1>
      <p className="mt-3 text-slate-700">{t("demo.confirmation.text")}</p>
      <p className="mt-2 text-sm text-slate-600">{t("demo.confirmation.duplicateNote")}</p>
      <Link href={backHref} className="mt-6 inline-block font-medium text-indigo-700 underline">
        {t("demo.confirmation.back")}
      </Link>
    </section>
  );
}
