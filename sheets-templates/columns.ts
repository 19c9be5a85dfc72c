/** Helpers for writing templates: column letters from keys, so formulas follow the column order in core. */
import type { ColumnDef } from '../core/incidents';

/** "A", "B", ... "Z", "AA" for a 0-based index. */
export function columnLetter(index: number): string {
  let letter = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letter = String.fromCharCode(65 + rem) + letter;
    n = Math.floor((n - 1) / 26);
  }
  return letter;
}

/** The letter of the column with this key; throws if the template has no such column (a template bug). */
export function letterOf(columns: readonly ColumnDef[], key: string): string {
  const index = columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`template has no column "${key}"`);
  return columnLetter(index);
}

/** Data rows of every column: "A2:<last>" with an open end, as Sheets and Excel both read it. */
export function dataRange(columns: readonly ColumnDef[]): string {
  return `A2:${columnLetter(columns.length - 1)}`;
}

/** Columns in the order of `keys`, taking header, type and width from `defs`; throws if one is missing. */
export function inOrder<K extends string>(
  keys: readonly K[],
  defs: Readonly<Record<K, Omit<ColumnDef, 'key'>>>,
): ColumnDef[] {
  return keys.map((key) => ({ key, ...defs[key] }));
}
