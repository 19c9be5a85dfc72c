import { csvLine } from '../../core/report/csv';
import type { ScanFormatter } from './formatter';
import type { FileOutcome } from './run-scan';

export const CSV_HEADER = ['file', 'type', 'confidence', 'count', 'examples'] as const;

/** A read error becomes a row too, so whoever works from the spreadsheet sees which files were not checked. */
export const READ_ERROR_TYPE = '(read error)';

export function csvRows(outcome: FileOutcome): string {
  if ('error' in outcome) return csvLine([outcome.file, READ_ERROR_TYPE, '', '', outcome.error]);
  return outcome.findings
    .map((f) => csvLine([outcome.file, f.type, f.confidence, f.count, f.examples.join('; ')]))
    .join('');
}

export const csvFormatter: ScanFormatter = {
  start: () => csvLine(CSV_HEADER),
  outcome: csvRows,
  end: () => '',
};
