/**
 * Expected errors carry a stable code; pages and actions turn the code into a
 * message in the user's language (messages key `errors.<code>`).
 */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  | "connection_failed"
  | "internal";

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message?: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function notFound(what = "resource"): AppError {
  return new AppError("not_found", `${what} not found`);
}
