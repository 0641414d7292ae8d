import type { Connector } from "@/lib/sync/connectors/types";
import { activeState, isInScope, type LeaverPolicy } from "./employee-state";
import { hashAttributes, sourceValues } from "./map-employee";
import { planEmployee, type Plan } from "./plan-employee";
import type { EmployeeScope } from "@/lib/connections/settings";
import { newTrace, type Attributes, type BatchRow, type CallTrace } from "./types";

export type PreparedItem = {
  row: BatchRow;
  desired: Attributes;
  plan: Plan;
  inScope: boolean;
  active: boolean;
  leftOn: string | null;
  trace: CallTrace;
};

export type PlanningContext = { connector: Connector; scope: EmployeeScope; leaverPolicy: LeaverPolicy; today: string };

/** Maps one employee and plans it against its link. `managerExternalId` may be newer than the batch row's. */
export function prepareItem(ctx: PlanningContext, row: BatchRow, managerExternalId = row.managerExternalId): PreparedItem {
  const inScope = isInScope(row.employee, ctx.scope);
  const { active, leftOn } = activeState(row.employee, ctx.leaverPolicy, ctx.today);
  const desired = ctx.connector.mapAttributes(sourceValues(row.employee, { active: inScope && active, managerExternalId }));
  const plan = planEmployee({ linked: ctx.connector.isLinked(row.link), link: row.link, inScope, active, leftOn, desiredHash: hashAttributes(desired) });
  return { row, desired, plan, inScope, active, leftOn, trace: newTrace() };
}

export function toConnectorItem(item: PreparedItem) {
  return { employee: item.row.employee, link: item.row.link, desired: item.desired, trace: item.trace };
}
