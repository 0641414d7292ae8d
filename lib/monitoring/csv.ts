/**
 * CSV cells per RFC 4180, safe to open in a spreadsheet: a cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading single quote (OWASP "CSV injection"); a cell holding a quote, comma or
 * line break is quoted, its quotes doubled.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, terminated by CRLF as RFC 4180 asks. */
export function csvRow(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
