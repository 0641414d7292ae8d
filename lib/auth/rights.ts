/**
 * The one declarative table of rights. A user holds rights; an ability is allowed
 * when the user holds every right of at least one of its alternatives.
 * Every page, server action and route handler asks for an ability, never for a right.
 */

export const RIGHTS = ["marketplace:edit", "api:edit", "monitoring:view", "demo_requests:manage"] as const;
export type Right = (typeof RIGHTS)[number];

const HR_ADMIN: Right[] = ["marketplace:edit", "api:edit"];
const SUPPORT: Right[] = ["monitoring:view"];

export const ABILITIES = {
  /** browse the in-app marketplace */
  "marketplace:browse": [HR_ADMIN],
  /** start a connection's set-up and hand it on ("Invite a colleague") without the rights to finish it */
  "connections:start": [["marketplace:edit"]],
  /** connect, configure, deactivate, reactivate, disconnect, sync now, retry */
  "connections:manage": [HR_ADMIN],
  /** read connected integrations, monitoring, Show details, CSV export */
  "connections:view": [HR_ADMIN, SUPPORT],
  /** the employee directory and profiles (where monitoring rows link) */
  "employees:view": [HR_ADMIN, SUPPORT],
  /** the demo requests inbox of the user's provider organization */
  "demo_requests:manage": [["demo_requests:manage"]],
  /** set the status of "Request an integration" entries (platform organization only, checked in lib) */
  "integration_requests:manage": [["demo_requests:manage"]],
  /** create, rotate, disable and delete API credentials */
  "api_credentials:manage": [["api:edit"]],
} as const satisfies Record<string, readonly (readonly Right[])[]>;

export type Ability = keyof typeof ABILITIES;

export function can(rights: readonly string[], ability: Ability): boolean {
  return ABILITIES[ability].some((alternative) => alternative.every((right) => rights.includes(right)));
}

/** The rights the user lacks for the closest alternative of an ability (for the "missing rights" page). */
export function missingRights(rights: readonly string[], ability: Ability): Right[] {
  const gaps = ABILITIES[ability].map((alternative) => alternative.filter((right) => !rights.includes(right)));
  return gaps.reduce((best, gap) => (gap.length < best.length ? gap : best));
}

export function isRight(value: string): value is Right {
  return (RIGHTS as readonly string[]).includes(value);
}
