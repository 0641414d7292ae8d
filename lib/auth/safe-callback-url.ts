const BASE = "http://same-origin.invalid";

/**
 * Where to go after signing in: a path on this site, never another origin.
 * Resolved the way a browser resolves it, so `/\evil.example`, `/\t/evil.example`
 * and `//evil.example` (all "another host" to a browser) fall back to `fallback`.
 */
export function safeCallbackUrl(callbackUrl: unknown, fallback = "/home"): string {
  if (typeof callbackUrl !== "string" || !callbackUrl.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(callbackUrl, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const target = `${url.pathname}${url.search}${url.hash}`;
  // the path itself must not read as protocol-relative either
  return target.startsWith("//") ? fallback : target;
}
