import type { T } from "@/lib/catalog/translator";
import { COMPANY_SIZES } from "@/lib/validations/demo-requests";
import type { DemoFormLabels } from "./demo-request-form";

export function demoFormLabels(t: T, integration: string): DemoFormLabels {
  return {
    title: t("labels.requestDemo"),
    intro: t("demo.form.intro", { integration }),
    name: t("demo.form.name"),
    email: t("demo.form.email"),
    company: t("demo.form.company"),
    companySize: t("demo.form.companySize"),
    chooseSize: t("demo.form.chooseSize"),
    sizes: Object.fromEntries(COMPANY_SIZES.map((size) => [size, t("demo.form.employees", { size })])),
    phone: t("demo.form.phone"),
    message: t("demo.form.message"),
    optional: t("demo.form.optional"),
    consent: t("demo.form.consent"),
    honeypot: t("demo.form.honeypot"),
    submit: t("labels.requestDemo"),
    sending: t("demo.form.sending"),
  };
}
