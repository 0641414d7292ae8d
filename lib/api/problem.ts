/**
 * Errors of the public API as RFC 9457 problem details (application/problem+json).
 * Every problem carries a stable `code`; its `type` points at the code's entry on /developers.
 */

export const PROBLEMS = {
  token_missing: { status: 401, title: "Authentication required" },
  token_invalid: { status: 401, title: "Invalid access token" },
  token_expired: { status: 401, title: "Access token expired" },
  token_revoked: { status: 401, title: "Access token revoked" },
  credential_disabled: { status: 401, title: "API credentials disabled" },
  insufficient_scope: { status: 403, title: "Missing scope" },
  field_not_allowed: { status: 403, title: "Employee field not allowed" },
  not_found: { status: 404, title: "Not found" },
  invalid_request: { status: 400, title: "Invalid request" },
  validation_failed: { status: 422, title: "Validation failed" },
  invalid_cursor: { status: 400, title: "Invalid cursor" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  payload_too_large: { status: 413, title: "Request body too large" },
  connection_required: { status: 422, title: "API credentials without a connection" },
  connection_inactive: { status: 409, title: "Connection inactive" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal_error: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

export type FieldError = { path: string; message: string };

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ProblemCode;
  instance?: string;
  errors?: FieldError[];
};

/** Thrown inside API handlers; withApiClient turns it into a problem response. */
export class ApiProblem extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; status?: number; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? code);
    this.name = "ApiProblem";
    this.status = extra.status ?? PROBLEMS[code].status;
  }
}

export function problemType(code: ProblemCode): string {
  return `/developers#error-${code}`;
}

export function problemBody(problem: ApiProblem, instance?: string): ProblemBody {
  return {
    type: problemType(problem.code),
    title: PROBLEMS[problem.code].title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    code: problem.code,
    ...(instance ? { instance } : {}),
    ...(problem.extra.errors ? { errors: problem.extra.errors } : {}),
  };
}

export function problemResponse(problem: ApiProblem, options: { instance?: string; headers?: Record<string, string> } = {}): Response {
  const headers = new Headers({ "content-type": "application/problem+json", "cache-control": "no-store", ...options.headers, ...problem.extra.headers });
  if (problem.status === 401) {
    const title = PROBLEMS[problem.code].title;
    headers.set("www-authenticate", problem.code === "token_missing" ? 'Bearer realm="api"' : `Bearer realm="api", error="invalid_token", error_description="${title}"`);
  }
  if (problem.code === "insufficient_scope") headers.set("www-authenticate", 'Bearer realm="api", error="insufficient_scope"');
  return new Response(JSON.stringify(problemBody(problem, options.instance)), { status: problem.status, headers });
}
