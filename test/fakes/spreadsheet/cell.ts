/**
 * What a cell holds, and how Sheets reads a value a script writes. setValue/setValues/appendRow behave
 * like typing into the cell: "=..." (and "+x"/"-x" that are not numbers) become formulas, numbers,
 * TRUE/FALSE and ISO dates are converted, and only a leading apostrophe or the plain-text number format
 * "@" keeps the text exactly as given. That is the behaviour formula-injection defences must survive.
 */
import { isDate } from '../runtime/realm';
import { instantOf } from '../time-zone';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  note?: string;
  validation?: unknown;
  style?: Record<string, unknown>;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export function emptyCell(): Cell {
  return { value: '' };
}

/** The stored form of what a script writes into a cell with the given number format. */
export function entered(
  input: unknown,
  numberFormat: string | undefined,
  timeZone: string,
): Pick<Cell, 'value' | 'formula'> {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date((input as Date).getTime()) };
  const text = String(input);
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return formula(text);
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (/^[+-]/.test(trimmed) && trimmed.length > 1) return formula(`=${trimmed}`);
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [y, mo, d, h, mi, s] = date.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
    return { value: instantOf(timeZone, y!, mo!, d!, h, mi, s) };
  }
  return { value: text };
}

/**
 * The fakes evaluate no formulas; a formula cell reads as the error an unknown function gives, except
 * HYPERLINK, which reads as its label.
 */
function formula(text: string): Pick<Cell, 'value' | 'formula'> {
  const link = /^=HYPERLINK\(\s*"[^"]*"\s*[,;]\s*"([^"]*)"\s*\)$/i.exec(text);
  return { value: link ? link[1]! : '#NAME?', formula: text };
}

export function isBlank(cell: Cell | undefined): boolean {
  return !cell || (cell.value === '' && !cell.formula);
}

export function copyValue(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}
