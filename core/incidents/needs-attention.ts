/** The Needs Attention row: a report that failed validation, kept whole for the DSL to re-enter. */
import { lines, textCell } from './cells';
import type { CellValue, NeedsAttentionEntry } from './types';

export const NEEDS_ATTENTION_COLUMNS = ['receivedAt', 'source', 'errors', 'raw', 'resolvedAs', 'notes'] as const;
export type NeedsAttentionColumn = (typeof NEEDS_ATTENTION_COLUMNS)[number];

/** `resolvedAs` (the reference once logged by hand) and `notes` start empty: the DSL fills them in. */
export function needsAttentionToRow(entry: NeedsAttentionEntry): CellValue[] {
  const cells: Record<NeedsAttentionColumn, string> = {
    receivedAt: entry.receivedAt,
    source: entry.source,
    errors: lines(entry.errors.map((error) => `${error.path}: ${error.message}`)),
    raw: entry.raw,
    resolvedAs: '',
    notes: '',
  };
  return NEEDS_ATTENTION_COLUMNS.map((key) => textCell(cells[key]));
}
