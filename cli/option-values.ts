import { UsageError } from './usage-error';

/**
 * Flag values are checked before any work starts, and a bad one is named in the message
 * (`--format: "xml" is not one of jsonl, table, csv, html`).
 */

export function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: "${value}" is not one of ${choices.join(', ')}`);
}

export function positiveNumber(flag: string, value: string): number {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag}: "${value}" is not a positive number`);
  return n;
}
