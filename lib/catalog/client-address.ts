import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/security/client-address";

/** The caller's address for the public forms' rate limits. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return clientAddressFrom((name) => h.get(name));
}
