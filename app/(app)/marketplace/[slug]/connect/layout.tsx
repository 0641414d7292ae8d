import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The connect wizard's client forms speak from these messages. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["wizard"]}>{children}</ClientMessages>;
}
