/** A cell of a CSV table. */
export type CsvCell = string | number | null;

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as RFC 4180 CSV: header row first, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break; null is an empty field.
 * @param header - column names
 * @param rows - one array of cells per row, in header order
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
