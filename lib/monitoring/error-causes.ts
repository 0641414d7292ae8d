/**
 * What a failed row's stable error code means for the person fixing it: the cause
 * (each with a hint in the message files, `monitoring.causes.<cause>`) and, for
 * well-known codes, a label (`monitoring.errorCodes.<key>`).
 */
export const ERROR_CAUSES = [
  "duplicate_account",
  "missing_email",
  "invalid_attribute",
  "rate_limited",
  "credentials_rejected",
  "account_missing",
  "target_unavailable",
  "unexpected_answer",
  "address_not_allowed",
  "run_interrupted",
  "other",
] as const;
export type ErrorCause = (typeof ERROR_CAUSES)[number];

export function causeOf(code: string | null | undefined): ErrorCause {
  if (!code) return "other";
  const c = code.toLowerCase();
  if (c === "scim.uniqueness" || c === "scim.duplicate_accounts" || c === "scim.account_conflict" || c === "link.conflict" || c.startsWith("http.409")) {
    return "duplicate_account";
  }
  if (c === "network.blocked") return "address_not_allowed";
  if (c === "run.interrupted") return "run_interrupted";
  if (c === "validation.missing_email") return "missing_email";
  if (c.startsWith("validation.") || c.startsWith("http.400") || c.startsWith("http.422") || /invalid(value|syntax)|mutability/.test(c)) {
    return "invalid_attribute";
  }
  if (c.startsWith("http.429")) return "rate_limited";
  if (c.startsWith("http.401") || c.startsWith("http.403")) return "credentials_rejected";
  if (c.startsWith("http.404") || c === "scim.not_found") return "account_missing";
  if (/^http\.5\d\d/.test(c) || c.startsWith("network.")) return "target_unavailable";
  if (c.startsWith("response.")) return "unexpected_answer";
  return "other";
}

/** Codes with their own label; the key is the code with dots turned into underscores (message keys cannot hold dots). */
const LABELLED = new Set([
  "scim.uniqueness",
  "scim.duplicate_accounts",
  "validation.missing_email",
  "http.400.invalidValue",
  "http.401",
  "http.403",
  "http.404",
  "http.429",
  "network.timeout",
  "network.unreachable",
  "response.html",
  "response.invalid_json",
  "network.blocked",
  "run.interrupted",
  "link.conflict",
]);

export function errorCodeLabelKey(code: string | null | undefined): string | null {
  return code && LABELLED.has(code) ? code.replace(/\./g, "_") : null;
}
