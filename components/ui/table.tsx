import type { ReactNode } from "react";

/**
 * The app's data table: scrollable, a header row of column names, rows from the caller.
 * `framed` (default) draws the white bordered box of a page-level table; inside a card it
 * stays plain. `caption` names the table for screen readers. Rows come as `children`
 * (wrapped in one <tbody>), or as `rowGroups` when each row brings its own <tbody>
 * (a row with an expandable details row).
 */
export function DataTable({
  columns,
  caption,
  children,
  rowGroups,
  framed = true,
  testId,
}: {
  columns: ReactNode[];
  caption: string;
  children?: ReactNode;
  rowGroups?: ReactNode;
  framed?: boolean;
  testId?: string;
}) {
  return (
    <div className={framed ? "overflow-x-auto rounded-lg border border-slate-200 bg-white" : "overflow-x-auto"}>
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className={`${framed ? "bg-slate-50 " : ""}text-left text-xs font-semibold uppercase tracking-wide text-slate-600`}>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={framed ? "px-4 py-2" : "py-1 pr-3"}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {rowGroups ?? <tbody className="divide-y divide-slate-100">{children}</tbody>}
      </table>
    </div>
  );
}
