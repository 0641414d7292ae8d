/** Joins a SCIM base URL ("https://x/scim/v2" or ".../v2/") with a resource path. */
export function scimUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * A SCIM error response (RFC 7644 §3.12: status, scimType, detail) in words, e.g.
 * "409 uniqueness: userName already exists". Non-SCIM bodies fall back to their text.
 */
export function scimErrorMessage(status: number, body: unknown): string {
  if (body && typeof body === "object") {
    const b = body as { scimType?: unknown; detail?: unknown; message?: unknown; error?: unknown };
    const detail = [b.detail, b.message, b.error].find((v) => typeof v === "string" && v.length > 0) as string | undefined;
    const type = typeof b.scimType === "string" ? ` ${b.scimType}` : "";
    if (detail || type) return `${status}${type}: ${detail ?? "no detail given"}`;
  }
  if (typeof body === "string" && body.trim()) {
    const text = body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    return `${status}: ${text.slice(0, 300)}`;
  }
  return `${status}: the target answered without details`;
}
