import type { Employee, EmployeeLink, HttpExchange } from "@/db/schema";

/** One mapped attribute value: SCIM attribute path (or webhook field) -> value. */
export type AttributeValue = string | boolean | null;
export type Attributes = Record<string, AttributeValue>;

export type Operation = "provision" | "update" | "deactivate" | "link";
export type ResultStatus = "succeeded" | "failed" | "skipped";

/** The employee columns a sync reads. */
export type SourceEmployee = Pick<
  Employee,
  | "id"
  | "employeeNumber"
  | "firstName"
  | "lastName"
  | "email"
  | "phone"
  | "position"
  | "department"
  | "office"
  | "employmentType"
  | "status"
  | "hireDate"
  | "terminationDate"
  | "managerId"
>;

/** What we know of the employee's account in the target (employee_links). */
export type LinkState = Pick<EmployeeLink, "externalId" | "externalUserName" | "pushedHash" | "pushedAttributes" | "active" | "etag">;

/** One employee of a batch, with its link and its manager's account id in the same target. */
export type BatchRow = { employee: SourceEmployee; link: LinkState | null; managerExternalId: string | null };

/** The link state written after a successful operation. */
export type LinkWrite = {
  externalId: string | null;
  externalUserName: string | null;
  pushedAttributes: Attributes;
  active: boolean;
  etag: string | null;
};

/** What happened to one employee in one run: becomes one sync_results row. */
export type ItemResult = {
  employeeId: string;
  operation: Operation | null;
  status: ResultStatus;
  message: string;
  errorCode: string | null;
  exchange: HttpExchange | null;
  attempts: number;
  durationMs: number;
  /** new link state (successful operations, or a no-op that refreshes the stored hash) */
  link?: LinkWrite;
};

/** A connector call's outcome for one employee (the engine adds employee id and timing). */
export type Outcome = Omit<ItemResult, "employeeId" | "durationMs" | "attempts" | "exchange"> & {
  exchange?: HttpExchange | null;
};

/** Per employee, what the calls of one operation did: filled by the target client. */
export type CallTrace = { attempts: number; exchange: HttpExchange | null };

export function newTrace(): CallTrace {
  return { attempts: 0, exchange: null };
}
