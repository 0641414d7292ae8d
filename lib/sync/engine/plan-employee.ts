import type { LinkState } from "./types";

/** What a run will do for one employee, before any call to the target. */
export type Plan =
  | { kind: "skip"; message: string }
  /** no account linked yet and one should exist: match (link) or provision */
  | { kind: "create" }
  | { kind: "update"; reactivate: boolean }
  | { kind: "deactivate"; reason: string };

/**
 * The planning rule, pure: compares the employee's desired state with what was
 * last pushed (link state and hash). Out-of-scope employees are skipped, or
 * deactivated when they still hold an active account.
 */
export function planEmployee(input: {
  linked: boolean;
  link: LinkState | null;
  inScope: boolean;
  active: boolean;
  leftOn: string | null;
  desiredHash: string;
}): Plan {
  const shouldExist = input.inScope && input.active;
  if (!input.linked || !input.link) {
    if (!input.inScope) return { kind: "skip", message: "Not in this connection's scope" };
    if (!input.active) {
      return { kind: "skip", message: input.leftOn ? `Left on ${input.leftOn}: no account to create` : "Inactive employee: no account to create" };
    }
    return { kind: "create" };
  }
  if (input.link.active) {
    if (!shouldExist) {
      const reason = !input.inScope ? "no longer in this connection's scope" : input.leftOn ? `left on ${input.leftOn}` : "the employee is inactive";
      return { kind: "deactivate", reason };
    }
    if (input.link.pushedHash !== input.desiredHash) return { kind: "update", reactivate: false };
    return { kind: "skip", message: "Up to date" };
  }
  if (shouldExist) return { kind: "update", reactivate: true };
  return { kind: "skip", message: "Account already deactivated" };
}
