/**
 * The stable cause keys of failed results (sync_results.error_code) and failed runs,
 * as message keys of the "sync" namespace: `sync.errorCode.<key>` names the cause,
 * `sync.errorHint.<key>` says what to do. Monitoring groups failures by the raw code
 * and shows them with these words.
 */
export const ERROR_CODE_KEYS = [
  "http.400",
  "http.401",
  "http.403",
  "http.404",
  "http.409",
  "http.412",
  "http.422",
  "http.429",
  "http.4xx",
  "http.5xx",
  "scim.uniqueness",
  "scim.invalidValue",
  "scim.invalidSyntax",
  "scim.mutability",
  "scim.noTarget",
  "scim.invalidFilter",
  "scim.other",
  "scim.duplicate_accounts",
  "scim.account_conflict",
  "link.conflict",
  "validation.missing_email",
  "validation.missing_username",
  "network.timeout",
  "network.unreachable",
  "network.tls",
  "network.blocked",
  "network.other",
  "response.html",
  "response.invalid_json",
  "config.invalid",
  "config.secrets",
  "run.interrupted",
  "sync.internal_error",
] as const;
export type ErrorCodeKey = (typeof ERROR_CODE_KEYS)[number];

const KNOWN = new Set<string>(ERROR_CODE_KEYS);

/** The message key for a stored error code: "http.503" -> "http.5xx", "scim.tooMany" -> "scim.other". */
export function errorCodeKey(code: string | null | undefined): ErrorCodeKey | null {
  if (!code) return null;
  if (KNOWN.has(code)) return code as ErrorCodeKey;
  if (/^http\.5\d\d$/.test(code)) return "http.5xx";
  if (/^http\.4\d\d$/.test(code)) return "http.4xx";
  if (code.startsWith("scim.")) return "scim.other";
  if (code.startsWith("network.")) return "network.other";
  return "sync.internal_error";
}
