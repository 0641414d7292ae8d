import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Monitoring's client parts (Retry failed employees, Copy as cURL) speak from these messages. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["monitoring"]}>{children}</ClientMessages>;
}
