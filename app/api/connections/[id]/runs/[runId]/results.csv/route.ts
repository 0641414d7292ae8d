import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { resultsCsvStream } from "@/lib/monitoring/export-results-csv";
import { parseResultFilters } from "@/lib/monitoring/filters";
import { getRunOrThrow } from "@/lib/monitoring/get-run";

export const dynamic = "force-dynamic";

const STATUS_OF: Partial<Record<AppError["code"], number>> = { unauthenticated: 401, forbidden: 403, not_found: 404 };

/**
 * CSV export of a run's rows with the page's filters, streamed in keyset batches.
 * HR admins and support staff; another company's run is 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; runId: string }> }) {
  const { id, runId } = await params;
  try {
    const user = await authorize("connections:view");
    const run = await getRunOrThrow({ organizationId: user.organizationId, connectionId: id, runId });
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const { cursor: _ignored, ...filters } = parseResultFilters(query).filters;
    const t = await getTranslations("monitoring.csv");
    const labels = await getTranslations("labels");
    const stream = resultsCsvStream({
      organizationId: user.organizationId,
      runId: run.id,
      filters,
      labels: {
        headers: [t("date"), t("employeeId"), t("name"), t("email"), t("useCase"), t("status"), t("errorCode"), t("message")],
        operation: (operation) => labels(`operation.${operation}`),
        status: (status) => labels(`resultStatus.${status}`),
      },
    });
    const day = run.startedAt.toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="sync-results-${day}-${run.id.slice(0, 8)}.csv"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError && STATUS_OF[error.code]) {
      return new Response(error.code, { status: STATUS_OF[error.code], headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
