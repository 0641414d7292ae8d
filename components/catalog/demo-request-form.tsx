"use client";

import { useActionState } from "react";
import { Field, TextAreaField } from "@/components/ui/field";
import type { ActionState } from "@/lib/auth/actions";

export type DemoFormLabels = {
  title: string;
  intro: string;
  name: string;
  email: string;
  company: string;
  companySize: string;
  chooseSize: string;
  sizes: Record<string, string>;
  phone: string;
  message: string;
  optional: string;
  consent: string;
  honeypot: string;
  submit: string;
  sending: string;
};

type Action = (state: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/** "Request demo": validated on the server; errors appear beside each field and nothing typed is lost. */
export function DemoRequestForm({ action, slug, context, labels }: { action: Action; slug: string; context: "app" | "public"; labels: DemoFormLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = (state && !state.ok ? state.values : undefined) ?? {};
  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const key = state ? JSON.stringify(values).length : 0; // re-mount the inputs with what was sent
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby="demo-title" key={key}>
      <div>
        <h2 id="demo-title" className="text-lg font-semibold">
          {labels.title}
        </h2>
        <p className="text-sm text-slate-600">{labels.intro}</p>
      </div>
      {state && !state.ok ? (
        <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="integration" value={slug} />
      <input type="hidden" name="context" value={context} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={labels.name} name="name" autoComplete="name" required maxLength={120} defaultValue={value("name")} error={errors.name} />
        <Field label={labels.email} name="email" type="email" autoComplete="email" required defaultValue={value("email")} error={errors.email} />
        <Field label={labels.company} name="company" autoComplete="organization" required maxLength={160} defaultValue={value("company")} error={errors.company} />
        <div className="space-y-1">
          <label htmlFor="companySize" className="block text-sm font-medium text-slate-800">
            {labels.companySize}
          </label>
          <select
            id="companySize"
            name="companySize"
            required
            defaultValue={value("companySize") ?? ""}
            aria-invalid={errors.companySize ? true : undefined}
            aria-describedby={errors.companySize ? "companySize-error" : undefined}
            className={`block w-full rounded-md border bg-white px-3 py-2 text-sm ${errors.companySize ? "border-rose-500" : "border-slate-300"}`}
          >
            <option value="">{labels.chooseSize}</option>
            {Object.entries(labels.sizes).map(([size, label]) => (
              <option key={size} value={size}>
                {label}
              </option>
            ))}
          </select>
          {errors.companySize ? (
            <p id="companySize-error" role="alert" className="text-sm text-rose-700">
              {errors.companySize}
            </p>
          ) : null}
        </div>
        <Field label={`${labels.phone} (${labels.optional})`} name="phone" type="tel" autoComplete="tel" maxLength={40} defaultValue={value("phone")} error={errors.phone} />
      </div>
      <TextAreaField label={`${labels.message} (${labels.optional})`} name="message" rows={4} maxLength={2000} defaultValue={value("message")} error={errors.message} />
      <div className="sr-only" aria-hidden="true">
        <label htmlFor="demo-website">{labels.honeypot}</label>
        <input id="demo-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="consent"
            defaultChecked={value("consent") === "on"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            className="mt-0.5"
          />
          <span>{labels.consent}</span>
        </label>
        {errors.consent ? (
          <p id="consent-error" role="alert" className="text-sm text-rose-700">
            {errors.consent}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 disabled:bg-indigo-300">
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
