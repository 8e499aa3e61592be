/**
 * CSV as RFC 4180 describes it (fields separated by commas, records by CRLF, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled), preceded by a
 * UTF-8 byte order mark so spreadsheet programs read accented names correctly.
 */

const BOM = '\uFEFF';

/**
 * A spreadsheet treats a cell that begins with one of these as a formula, which a
 * crafted value could abuse (CSV injection). Such a cell gets a leading apostrophe, as
 * OWASP advises, so it is shown as text. Tab and carriage return are on the list because
 * some spreadsheets skip them before reading the formula sign.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: header row first, every record ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
