/**
 * The one check every outbound target URL passes (SCIM base URL, webhook endpoint)
 * before it is stored or called. Today: an absolute http(s) URL without credentials
 * or fragment. The SSRF guard (refusing loopback and private networks outside
 * development and tests) belongs here, so every caller gets it at once.
 */
export type TargetUrlProblem = "invalid" | "protocol" | "credentials" | "fragment";

export type TargetUrlCheck = { ok: true; url: string } | { ok: false; problem: TargetUrlProblem };

export function validateTargetUrl(raw: string): TargetUrlCheck {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "protocol" };
  if (!url.hostname) return { ok: false, problem: "invalid" };
  if (url.username || url.password) return { ok: false, problem: "credentials" };
  if (url.hash) return { ok: false, problem: "fragment" };
  return { ok: true, url: value };
}
