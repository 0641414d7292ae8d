import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Connection actions and the wizard's steps under Settings speak from these messages. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["connections", "wizard"]}>{children}</ClientMessages>;
}
