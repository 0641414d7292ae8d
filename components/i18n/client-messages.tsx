import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { NAMESPACES } from "@/lib/i18n/messages";

type Namespace = (typeof NAMESPACES)[number];

/**
 * Hands the client components below it the message namespaces they use, and only those:
 * without a list every page would carry all messages of the app (about 60 KB) to the browser.
 * `common` always comes along. A segment whose client components use another namespace wraps
 * them in its own ClientMessages (a layout), which replaces the one above it.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: Namespace[]; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries((["common", ...namespaces] as const).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
