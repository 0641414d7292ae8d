import "server-only";
import { headers } from "next/headers";

/** The caller's address as the Next.js server saw it (first X-Forwarded-For hop), for rate limits. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || h.get("x-real-ip")?.trim() || "unknown";
  return address.slice(0, 64);
}
