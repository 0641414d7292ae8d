import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { employeeLinks, employees } from "@/db/schema";
import type { MatchOutcome } from "@/lib/sync/connectors/types";

/**
 * A found account may already belong to someone: linked to another employee of this
 * connection (in the database, or by the previous batch: `takenBefore`, account -> employee),
 * or matched by two employees of the same batch. Those matches become
 * failures instead of linking two people to one account.
 */
export async function checkLinkConflicts(connectionId: string, matches: Map<string, MatchOutcome>, takenBefore: Map<string, string> = new Map()): Promise<void> {
  const found = [...matches].filter((entry): entry is [string, Extract<MatchOutcome, { kind: "one" }>] => entry[1].kind === "one");
  if (found.length === 0) return;
  const ids = [...new Set(found.map(([, m]) => m.account.id))];
  const owners = await db
    .select({ employeeId: employeeLinks.employeeId, externalId: employeeLinks.externalId, employeeNumber: employees.employeeNumber })
    .from(employeeLinks)
    .innerJoin(employees, eq(employees.id, employeeLinks.employeeId))
    .where(and(eq(employeeLinks.connectionId, connectionId), sql`${employeeLinks.externalId} = any(${sql.param(ids)}::text[])`));
  const perAccount = new Map<string, number>();
  for (const [, m] of found) perAccount.set(m.account.id, (perAccount.get(m.account.id) ?? 0) + 1);
  for (const [employeeId, match] of found) {
    const linked = owners.find((o) => o.externalId === match.account.id && o.employeeId !== employeeId);
    const justLinked = takenBefore.get(match.account.id);
    const owner = linked ?? (justLinked && justLinked !== employeeId ? { employeeNumber: null } : undefined);
    const label = `${match.account.userName ?? ""} (id ${match.account.id})`;
    if (owner) {
      const whom = owner.employeeNumber === null ? "another employee" : `employee #${owner.employeeNumber}`;
      matches.set(employeeId, { kind: "failed", errorCode: "link.conflict", message: `The matching account ${label} is already linked to ${whom}. Not linked, to avoid merging two people.`, exchange: null });
    } else if ((perAccount.get(match.account.id) ?? 0) > 1) {
      matches.set(employeeId, { kind: "failed", errorCode: "link.conflict", message: `The matching account ${label} also matches another employee in this run. Not linked, to avoid merging two people.`, exchange: null });
    }
  }
}
