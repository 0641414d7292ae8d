"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Field } from "@/components/ui/field";

type Labels = { email: string; password: string; submit: string; invalid: string; throttled: string };

export function SignInForm({ callbackUrl, labels }: { callbackUrl: string; labels: Labels }) {
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(result?.status === 429 || result?.error === "throttled" ? labels.throttled : labels.invalid);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label={labels.email} name="email" type="email" autoComplete="username" required />
      <Field label={labels.password} name="password" type="password" autoComplete="current-password" required error={error} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:bg-indigo-300"
      >
        {labels.submit}
      </button>
    </form>
  );
}
