/**
 * CSV text as spreadsheets read it: UTF-8 with a byte-order mark (Excel in China opens
 * BOM-less UTF-8 as GBK), CRLF after every row, RFC 4180 quoting, and a formula-injection guard
 * on every text cell (names and clause texts come from data files and uploads).
 */

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * Neutralise spreadsheet formulas: a text cell starting with = + - @ (or a tab or CR, which
 * some spreadsheets skip before a formula) gets a leading apostrophe. Plain numbers pass.
 */
export function guardCell(text: string): string {
  if (NUMERIC.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field containing a comma, a double quote, CR or LF; double the quotes. */
export function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text: BOM, guarded and quoted cells, CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => quoteCell(guardCell(c))).join(',') + '\r\n').join('');
}
