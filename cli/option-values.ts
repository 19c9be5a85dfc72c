import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
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

/** Every PATH given exists and can be reached, or exit 2 naming it (`path not found: "x"`). */
export async function existingPaths(noun: string, paths: readonly string[], cwd: string): Promise<void> {
  for (const p of paths) {
    try {
      await stat(resolve(cwd, p));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT' || code === 'ENOTDIR' ? `${noun} not found: "${p}"` : `cannot access "${p}" (${code})`,
      );
    }
  }
}

/** Table for a person at a terminal, jsonl for a pipe; with --out, the file's extension decides. */
export function defaultFormat(out: string | undefined, stdoutIsTTY: boolean): 'html' | 'csv' | 'jsonl' | 'table' {
  if (out !== undefined) {
    const ext = extname(out).toLowerCase();
    if (ext === '.html' || ext === '.htm') return 'html';
    if (ext === '.csv') return 'csv';
    return 'jsonl';
  }
  return stdoutIsTTY ? 'table' : 'jsonl';
}
