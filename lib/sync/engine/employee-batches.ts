import { and, asc, eq, gt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { employeeLinks, employees, type EmployeeLink } from "@/db/schema";
import type { BatchRow } from "./types";

const managerLinks = alias(employeeLinks, "manager_links");

/**
 * The organization's employees in batches (keyset pagination on the employee
 * number, unique per organization), each with its link to this connection (without
 * pushedAttributes) and its manager's account id there. Memory holds one batch,
 * whatever the company's size.
 */
export async function* employeeBatches(options: {
  organizationId: string;
  connectionId: string;
  /** a run limited to these employees (retry of failed rows, employee changes) */
  employeeIds?: string[];
  batchSize: number;
}): AsyncGenerator<BatchRow[]> {
  let after = -Infinity;
  for (;;) {
    const rows = await db
      .select({
        employee: {
          id: employees.id,
          employeeNumber: employees.employeeNumber,
          firstName: employees.firstName,
          lastName: employees.lastName,
          email: employees.email,
          phone: employees.phone,
          position: employees.position,
          department: employees.department,
          office: employees.office,
          employmentType: employees.employmentType,
          status: employees.status,
          hireDate: employees.hireDate,
          terminationDate: employees.terminationDate,
          managerId: employees.managerId,
        },
        // The first field decides whether drizzle turns a left-joined object into null: the never-null key.
        link: {
          employeeId: employeeLinks.employeeId,
          externalId: employeeLinks.externalId,
          externalUserName: employeeLinks.externalUserName,
          pushedHash: employeeLinks.pushedHash,
          active: employeeLinks.active,
          etag: employeeLinks.etag,
        },
        managerExternalId: managerLinks.externalId,
      })
      .from(employees)
      .leftJoin(employeeLinks, and(eq(employeeLinks.connectionId, options.connectionId), eq(employeeLinks.employeeId, employees.id)))
      .leftJoin(managerLinks, and(eq(managerLinks.connectionId, options.connectionId), eq(managerLinks.employeeId, employees.managerId)))
      .where(
        and(
          eq(employees.organizationId, options.organizationId),
          after === -Infinity ? undefined : gt(employees.employeeNumber, after),
          options.employeeIds ? sql`${employees.id} = any(${sql.param(options.employeeIds)}::uuid[])` : undefined,
        ),
      )
      .orderBy(asc(employees.employeeNumber))
      .limit(options.batchSize);
    if (rows.length === 0) return;
    yield rows.map(({ employee, link, managerExternalId }): BatchRow => {
      if (!link) return { employee, link: null, managerExternalId };
      const { employeeId: _employeeId, ...state } = link;
      // pushedAttributes (the largest column) is read only for employees that change: loadPushedAttributes.
      return { employee, link: { ...state, pushedAttributes: null }, managerExternalId };
    });
    if (rows.length < options.batchSize) return;
    after = rows[rows.length - 1].employee.employeeNumber;
  }
}

/** What was last pushed for these employees: read only for the ones a run updates or deactivates. */
export async function loadPushedAttributes(connectionId: string, employeeIds: string[]): Promise<Map<string, EmployeeLink["pushedAttributes"]>> {
  if (employeeIds.length === 0) return new Map();
  const rows = await db
    .select({ employeeId: employeeLinks.employeeId, pushedAttributes: employeeLinks.pushedAttributes })
    .from(employeeLinks)
    .where(and(eq(employeeLinks.connectionId, connectionId), sql`${employeeLinks.employeeId} = any(${sql.param(employeeIds)}::uuid[])`));
  return new Map(rows.map((r) => [r.employeeId, r.pushedAttributes]));
}
