import { and, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { syncResults } from "@/db/schema";
import { causeOf, errorCodeLabelKey, type ErrorCause } from "./error-causes";
import { NO_ERROR_CODE } from "./filters";

export type ErrorGroup = {
  /** the `error` filter value of the group */
  code: string;
  count: number;
  cause: ErrorCause;
  labelKey: string | null;
  /** one message of the group, for codes without a label */
  sampleMessage: string;
};

/** The failed rows of a run grouped by their stable error code, largest group first. */
export async function groupRunErrors(options: { organizationId: string; runId: string }): Promise<ErrorGroup[]> {
  const rows = await db
    .select({ code: syncResults.errorCode, count: count(), sampleMessage: sql<string>`min(${syncResults.message})` })
    .from(syncResults)
    .where(and(eq(syncResults.organizationId, options.organizationId), eq(syncResults.runId, options.runId), eq(syncResults.status, "failed")))
    .groupBy(syncResults.errorCode)
    .orderBy(desc(count()), syncResults.errorCode);
  return rows.map((row) => ({
    code: row.code ?? NO_ERROR_CODE,
    count: row.count,
    cause: causeOf(row.code),
    labelKey: errorCodeLabelKey(row.code),
    sampleMessage: row.sampleMessage ?? "",
  }));
}
