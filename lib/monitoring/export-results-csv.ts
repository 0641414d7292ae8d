import type { ResultFilters } from "./filters";
import { chooseResultStrategy, listRunResults, type ResultStrategy, type RunResultItem } from "./list-run-results";
import { csvRow } from "./csv";

const CSV_SMALL_SUBSET = 20_000;

export type CsvLabels = {
  headers: [date: string, employeeId: string, name: string, email: string, useCase: string, status: string, errorCode: string, message: string];
  operation: (operation: NonNullable<RunResultItem["operation"]>) => string;
  status: (status: RunResultItem["status"]) => string;
};

/**
 * The filtered rows of a run as a CSV stream. Each pull reads one keyset batch
 * (the same query as the page, without the exchanges), so memory stays bounded by
 * the batch size however many rows the run has, and a slow client slows the reads.
 */
export function resultsCsvStream(options: {
  organizationId: string;
  runId: string;
  filters: Omit<ResultFilters, "cursor">;
  labels: CsvLabels;
  batchSize?: number;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batchSize = options.batchSize ?? 5000;
  let cursor: string | undefined;
  let started = false;
  let strategy: ResultStrategy | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          let text = "";
          if (!started) {
            started = true;
            // the BOM makes spreadsheets read UTF-8 (umlauts in names) correctly
            text += `\uFEFF${csvRow(options.labels.headers)}`;
            // Decided once for the whole export. Reading the filtered set first costs its size per
            // batch, walking costs the run's size in all: below about 20,000 rows the set wins.
            strategy = await chooseResultStrategy(options, CSV_SMALL_SUBSET);
          }
          const page = await listRunResults({ ...options, filters: { ...options.filters, cursor }, limit: batchSize, strategy });
          for (const row of page.items) {
            text += csvRow([
              row.createdAt.toISOString(),
              row.employeeNumber,
              `${row.firstName} ${row.lastName}`,
              row.email,
              row.operation ? options.labels.operation(row.operation) : "",
              options.labels.status(row.status),
              row.errorCode,
              row.message,
            ]);
          }
          controller.enqueue(encoder.encode(text));
          if (page.nextCursor) cursor = page.nextCursor;
          else controller.close();
        } catch (error) {
          console.error(JSON.stringify({ level: "error", msg: "csv export failed", runId: options.runId, err: String(error) }));
          controller.error(error);
        }
      },
    },
    { highWaterMark: 1 },
  );
}
