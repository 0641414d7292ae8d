import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The API credential forms speak from these messages. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["api"]}>{children}</ClientMessages>;
}
