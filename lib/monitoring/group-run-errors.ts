import { and, count, desc, eq, isNull } from "drizzle-orm";
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

/** At most this many groups are shown (largest first); a run rarely has more than a handful of causes. */
export const MAX_GROUPS = 20;

/**
 * The failed rows of a run grouped by their stable error code, largest group first.
 * The counts come from the partial index sync_results_run_error_idx alone; a sample
 * message is read (one row each) only for codes without a label of their own.
 */
export async function groupRunErrors(options: { organizationId: string; runId: string }): Promise<ErrorGroup[]> {
  const scope = [eq(syncResults.organizationId, options.organizationId), eq(syncResults.runId, options.runId), eq(syncResults.status, "failed")];
  const rows = await db
    .select({ code: syncResults.errorCode, count: count() })
    .from(syncResults)
    .where(and(...scope))
    .groupBy(syncResults.errorCode)
    .orderBy(desc(count()), syncResults.errorCode)
    .limit(MAX_GROUPS);
  return Promise.all(
    rows.map(async (row) => {
      const labelKey = errorCodeLabelKey(row.code);
      let sampleMessage = "";
      if (!labelKey) {
        const [sample] = await db
          .select({ message: syncResults.message })
          .from(syncResults)
          .where(and(...scope, row.code === null ? isNull(syncResults.errorCode) : eq(syncResults.errorCode, row.code)))
          .limit(1);
        sampleMessage = sample?.message ?? "";
      }
      return { code: row.code ?? NO_ERROR_CODE, count: row.count, cause: causeOf(row.code), labelKey, sampleMessage };
    }),
  );
}
