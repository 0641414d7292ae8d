import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Connection actions (deactivate, reactivate, Sync now) speak from these messages. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["connections"]}>{children}</ClientMessages>;
}
