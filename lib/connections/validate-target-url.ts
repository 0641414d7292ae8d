import { checkTargetHost, targetAddressPolicy, type TargetAddressPolicy } from "./target-address-policy";

/**
 * The one check every outbound target URL passes (SCIM base URL, webhook endpoint)
 * before it is stored or called: an absolute http(s) URL without credentials or
 * fragment, whose host the SSRF guard allows (./target-address-policy.ts). "blocked":
 * never allowed (cloud metadata, link-local, unspecified, multicast, reserved);
 * "private": a private range or loopback this deployment does not allow. Host names
 * are checked again on every address they resolve to when a request connects
 * (lib/sync/http.ts), so a name is only refused here when it is known to point inward.
 */
export type TargetUrlProblem = "invalid" | "protocol" | "credentials" | "fragment" | "blocked" | "private";

export type TargetUrlCheck = { ok: true; url: string } | { ok: false; problem: TargetUrlProblem; reason?: string };

export function validateTargetUrl(raw: string, policy: TargetAddressPolicy = targetAddressPolicy()): TargetUrlCheck {
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
  const verdict = checkTargetHost(url.hostname, policy);
  if (!verdict.allowed) {
    const problem = verdict.category === "private" || verdict.category === "loopback" ? "private" : "blocked";
    return { ok: false, problem, reason: verdict.reason };
  }
  return { ok: true, url: value };
}
