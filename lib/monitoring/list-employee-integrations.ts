import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { connections, employeeLinks, integrations, syncResults, syncRuns } from "@/db/schema";

/**
 * The profile's Integrations section: each connection of the organization with
 * what it holds for the employee (linked account, last operation, status, message),
 * and the employee's latest results across runs. Both scoped to the organization.
 */
export async function listEmployeeIntegrations(options: { organizationId: string; employeeId: string; recentLimit?: number }) {
  const { organizationId, employeeId } = options;
  const links = await db
    .select({
      connectionId: connections.id,
      connectionStatus: connections.status,
      integrationName: integrations.name,
      monitoringAvailable: integrations.monitoringAvailable,
      externalId: employeeLinks.externalId,
      externalUserName: employeeLinks.externalUserName,
      lastOperation: employeeLinks.lastOperation,
      lastStatus: employeeLinks.lastStatus,
      lastMessage: employeeLinks.lastMessage,
      lastRunId: employeeLinks.lastRunId,
      updatedAt: employeeLinks.updatedAt,
    })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .leftJoin(
      employeeLinks,
      and(
        eq(employeeLinks.connectionId, connections.id),
        eq(employeeLinks.employeeId, employeeId),
        eq(employeeLinks.organizationId, organizationId),
      ),
    )
    .where(and(eq(connections.organizationId, organizationId), isNull(connections.disconnectedAt)))
    .orderBy(integrations.name, connections.id);

  const recent = await db
    .select({
      id: syncResults.id,
      runId: syncResults.runId,
      connectionId: syncResults.connectionId,
      integrationName: integrations.name,
      trigger: syncRuns.trigger,
      createdAt: syncResults.createdAt,
      operation: syncResults.operation,
      status: syncResults.status,
      message: syncResults.message,
    })
    .from(syncResults)
    .innerJoin(syncRuns, and(eq(syncRuns.id, syncResults.runId), eq(syncRuns.organizationId, organizationId)))
    .innerJoin(connections, and(eq(connections.id, syncResults.connectionId), eq(connections.organizationId, organizationId)))
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(syncResults.organizationId, organizationId), eq(syncResults.employeeId, employeeId)))
    .orderBy(desc(syncResults.createdAt), desc(syncResults.id))
    .limit(Math.min(options.recentLimit ?? 10, 50));

  return { links, recent };
}
