/**
 * Cell encoding shared by the log rows. Text cells are neutralised against formula injection on the way
 * out; on the way back the apostrophe we added is taken off again (Sheets hides it, a SharePoint list or
 * the Sheets API in RAW mode shows it).
 */
import { neutraliseFormula } from '../report/csv';
import { localDate } from './time';
import type { CellValue } from './types';

const NEUTRALISED = /^'[=+\-@\t\r]/;

export function textCell(value: string): string {
  return neutraliseFormula(value);
}

/** Text back from a cell: Dates (Apps Script getValues) become ISO instants, numbers their digits. */
export function readText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  const text = String(cell);
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/** Booleans as checkbox cells; also reads "TRUE"/"yes" as typed by hand. Undefined for an empty cell. */
export function readBoolean(cell: unknown): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const text = readText(cell).trim().toLowerCase();
  if (text === '') return undefined;
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  return undefined;
}

/** A "YYYY-MM-DD" back from a cell: Sheets may hand back a Date at local midnight for a date cell. */
export function readDate(cell: unknown, timeZone: string): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : localDate(cell, timeZone);
  const text = readText(cell).trim();
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  return match ? match[1]! : text;
}

export function lines(values: readonly string[]): string {
  return values.join('\n');
}

export function readLines(cell: unknown): string[] {
  return readText(cell)
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export type Row = readonly CellValue[];
