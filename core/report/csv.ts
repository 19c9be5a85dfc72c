/**
 * CSV cells for files that people open in Excel or Google Sheets (RFC 4180, CRLF line ends).
 * A cell that a spreadsheet would read as a formula (leading =, +, -, @, tab or CR) gets a leading
 * apostrophe, so a file name or value crafted as `=HYPERLINK(...)` stays inert text (OWASP "CSV injection").
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

/** The text of a cell as a spreadsheet must see it: formula triggers defused, nothing else changed. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell, neutralised then quoted where RFC 4180 requires it. */
export function csvCell(value: CsvValue): string {
  const text = neutraliseFormula(value === null || value === undefined ? '' : String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, terminated by CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** A whole document: header line then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvLine(header) + rows.map(csvLine).join('');
}
