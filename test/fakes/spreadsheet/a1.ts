/** A1 notation, both ways: "B2", "A1:C3", "A:A", "2:4", "'Incident log'!A2:F". */
import { AppsScriptError } from '../errors';

export interface A1Range {
  readonly sheetName?: string;
  readonly row: number;
  readonly column: number;
  /** Undefined means "to the end of the sheet" (open ranges such as A:A or A2:F). */
  readonly lastRow?: number;
  readonly lastColumn?: number;
}

export function columnLetters(column: number): string {
  let out = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

const CELL = /^([A-Za-z]*)(\d*)$/;

export function parseA1(notation: string): A1Range {
  let text = notation.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [start, end] = text.split(':');
  const a = CELL.exec(start ?? '');
  const b = end === undefined ? a : CELL.exec(end);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw new AppsScriptError(`Range not found`);
  const row = a[2] ? Number(a[2]) : 1;
  const column = a[1] ? columnNumber(a[1]) : 1;
  return {
    ...(sheetName === undefined ? {} : { sheetName }),
    row,
    column,
    ...(b[2] ? { lastRow: Number(b[2]) } : {}),
    ...(b[1] ? { lastColumn: columnNumber(b[1]) } : {}),
  };
}

export function toA1(row: number, column: number, numRows: number, numColumns: number): string {
  const first = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
