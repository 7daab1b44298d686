/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (OWASP CSV injection). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Makes a text cell safe to open in a spreadsheet: a value starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading apostrophe, so `=SUM(A1)` shows as text instead of running. Other values are returned unchanged.
 */
export function neutraliseCsvCell(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

/** One CSV cell value: text (guarded), a number (written as-is, so -5 stays a number) or null (empty cell). */
export type CsvCell = string | number | null;

/**
 * Writes rows as CSV (RFC 4180): CRLF after every row, a cell quoted when it holds the delimiter, a quote or a
 * line break, quotes doubled. Strings pass through {@link neutraliseCsvCell}; numbers are written with a dot
 * decimal point and are not guarded; NaN/Infinity and null become empty cells. Default delimiter `;` (Dutch Excel).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], delimiter: ',' | ';' | '\t' = ';'): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += delimiter;
      out += formatCell(row[i] ?? null, delimiter);
    }
    out += '\r\n';
  }
  return out;
}

/** Formats one cell for {@link toCsv}. */
function formatCell(cell: CsvCell, delimiter: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseCsvCell(cell);
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
