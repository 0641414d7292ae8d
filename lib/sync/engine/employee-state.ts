import type { EmployeeScope } from "@/lib/connections/settings";
import type { SourceEmployee } from "./types";

export type LeaverPolicy = "deactivate_on_last_day" | "deactivate_after_last_day" | "keep_active";

function matches(list: readonly string[], value: string | null): boolean {
  return list.length === 0 || (value !== null && list.includes(value));
}

/** Is the employee in the connection's scope (all, or matching every non-empty filter)? */
export function isInScope(employee: SourceEmployee, scope: EmployeeScope): boolean {
  if (scope.kind === "all") return true;
  return (
    matches(scope.departments, employee.department) &&
    matches(scope.offices, employee.office) &&
    matches(scope.employmentTypes, employee.employmentType)
  );
}

/**
 * Should the employee have an active account today? A last working day decides for
 * leavers, per the connection's policy; without one, an inactive status does. Future
 * hires do (accounts ready on day one); employees on leave keep theirs.
 */
export function activeState(employee: SourceEmployee, policy: LeaverPolicy, today: string): { active: boolean; leftOn: string | null } {
  if (policy === "keep_active") return { active: true, leftOn: null };
  const last = employee.terminationDate;
  if (last) {
    const gone = policy === "deactivate_on_last_day" ? today >= last : today > last;
    return gone ? { active: false, leftOn: last } : { active: true, leftOn: null };
  }
  if (employee.status === "inactive") return { active: false, leftOn: null };
  return { active: true, leftOn: null };
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
