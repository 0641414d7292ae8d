import { headers } from "next/headers";

/**
 * The caller's address for rate limits: the LAST X-Forwarded-For entry, the one the nearest
 * proxy appended (Next.js sets the header to the socket's address when no proxy did). Earlier
 * entries are whatever the client claimed, so counting by them would let it pick its bucket.
 */
export function clientAddressFrom(header: (name: string) => string | null | undefined): string {
  const last = header("x-forwarded-for")?.split(",").pop()?.trim();
  return (last || header("x-real-ip")?.trim() || "unknown").slice(0, 64);
}

/** The address of the request being served (server actions, pages). */
export async function requestClientAddress(): Promise<string> {
  const h = await headers();
  return clientAddressFrom((name) => h.get(name));
}
