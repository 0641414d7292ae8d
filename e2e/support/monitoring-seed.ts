import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, employeeLinks, employees, notifications, organizations, type Employee } from "@/db/schema";
import { sealSecrets } from "@/lib/crypto/secrets";
import { counts, createConnection, createResults, createRun, scimConflictExchange, scimInvalidValueExchange } from "@/lib/monitoring/testing/fixtures";

/** A secret that must never reach a page: stored sealed, and (deliberately) once unredacted in an exchange. */
export const LEAKY_TOKEN = "acme-scim-live-token-7f3a9c";

/**
 * Seeds, in the e2e database, a SCIM connection of the demo company Acme with
 * three runs: an older successful one, a failed one (401, with the target's
 * response) and a partially successful one whose 12 employee rows include
 * 3 userName conflicts (409) and 1 invalid value (400). The token is LEAKY_TOKEN.
 */
export async function seedAcmeMonitoring(options: { failed?: number; baseUrl?: string } = {}) {
  const [acme] = await db.select().from(organizations).where(eq(organizations.slug, "acme"));
  const people: Employee[] = await db.select().from(employees).where(eq(employees.organizationId, acme.id)).orderBy(asc(employees.lastName), asc(employees.firstName)).limit(12);
  // no scheduled or employee-change syncs during the test: only what the test starts
  const connection = await createConnection(acme.id, {
    encryptedSecrets: sealSecrets({ token: LEAKY_TOKEN }),
    settings: { baseUrl: options.baseUrl ?? "http://127.0.0.1:3369/scim/v2", syncOnEmployeeChange: false },
    nextSyncAt: new Date(Date.now() + 365 * 24 * 60 * 60 * 1000),
  });
  const hour = 60 * 60 * 1000;
  const now = Date.now();
  await createRun(connection, { startedAt: new Date(now - 72 * hour), counts: counts({ total: 260, updated: 4, skipped: 256 }) });
  await createRun(connection, {
    status: "failed",
    startedAt: new Date(now - 48 * hour),
    finishedAt: new Date(now - 48 * hour + 3000),
    error: "The target answered 401 Unauthorized: the token was rejected.",
    errorExchange: {
      request: { method: "GET", url: "https://scim.example.test/scim/v2/Users?count=1", headers: { authorization: "[redacted]" } },
      response: { status: 401, headers: { "content-type": "application/scim+json" }, body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401", detail: "Bearer token rejected" } },
    },
  });
  const failedCount = options.failed ?? 4;
  const run = await createRun(connection, {
    status: "partially_succeeded",
    startedAt: new Date(now - hour),
    counts: counts({ total: 12, provisioned: 2, updated: 4, failed: failedCount, skipped: 12 - 6 - failedCount }),
  });
  const failedRows = people.slice(0, failedCount).map((person, i) =>
    i < 3 || failedCount < 4
      ? {
          employeeId: person.id,
          operation: "provision" as const,
          status: "failed" as const,
          errorCode: "scim.uniqueness",
          message: `userName ${person.email} already exists`,
          attempts: 1,
          // the first one as a careless partner might report it: the token in clear
          exchange: scimConflictExchange(person.email, i === 0 ? { token: LEAKY_TOKEN } : {}),
        }
      : { employeeId: person.id, operation: "update" as const, status: "failed" as const, errorCode: "http.400.invalidValue", message: "Attribute 'title' has an invalid value", exchange: scimInvalidValueExchange("title", "=1+1") },
  );
  const rest = people.slice(failedCount).map((person, i) =>
    i < 6 ? { employeeId: person.id, operation: (i < 2 ? "provision" : "update") as "provision" | "update", status: "succeeded" as const, message: i < 2 ? "Account created" : "Updated title" } : { employeeId: person.id, status: "skipped" as const, message: "Nothing to do" },
  );
  await createResults(run, [...failedRows, ...rest]);
  await db.insert(employeeLinks).values(
    people.slice(0, failedCount).map((person) => ({
      organizationId: acme.id,
      connectionId: connection.id,
      employeeId: person.id,
      externalId: null,
      lastOperation: "provision" as const,
      lastStatus: "failed" as const,
      lastMessage: `userName ${person.email} already exists`,
      lastRunId: run.id,
    })),
  );
  return { acme, connection, run, people, failedPeople: people.slice(0, failedCount) };
}

export async function addNotice(organizationId: string, connectionId: string, runId: string) {
  await db.insert(notifications).values({ organizationId, connectionId, kind: "sync_partially_failing", params: { integrationName: "SCIM 2.0 (generic)", runId, connectionId, runStatus: "partially_succeeded" } });
}

/** Removes what a test seeded (runs, results, links cascade). */
export async function removeConnection(connectionId: string) {
  await db.delete(notifications).where(eq(notifications.connectionId, connectionId));
  await db.delete(connections).where(eq(connections.id, connectionId));
}
