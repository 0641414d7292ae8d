/** Scopes of the public API: one per resource and access. */
export const API_SCOPES = [
  "employees:read",
  "employees:write",
  "integrations:read",
  "connections:read",
  "sync-runs:read",
  "sync-runs:write",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/**
 * The scopes a partner integration's credential gets, from the employee data the
 * catalog says it may read or write, plus reporting its own sync runs.
 */
export function scopesForPermissions(permissions: { access: "read" | "write" }[]): ApiScope[] {
  const scopes = new Set<ApiScope>(["sync-runs:write", "sync-runs:read"]);
  if (permissions.length > 0) scopes.add("employees:read");
  if (permissions.some((p) => p.access === "write")) scopes.add("employees:write");
  return [...scopes];
}
