import "server-only";
import { headers } from "next/headers";

/** The app's public origin: NEXTAUTH_URL when configured, else what the request came to. */
export async function requestOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
}
