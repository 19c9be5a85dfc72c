import type { ScanReport } from '../../core/report/scan-report';
import type { FileOutcome } from './run-scan';
import { csvFormatter } from './format-csv';
import { htmlFormatter } from './format-html';
import { jsonlFormatter } from './format-jsonl';
import { tableFormatter } from './format-table';

export const SCAN_FORMATS = ['jsonl', 'table', 'csv', 'html'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/**
 * Turns scan results into text. Streaming formats (jsonl, csv) emit as each file finishes, so a long
 * scan's output is usable while it runs; the others render once, at the end, from the whole report.
 */
export interface ScanFormatter {
  start(): string;
  outcome(outcome: FileOutcome): string;
  end(report: ScanReport): string;
}

export function formatterFor(format: ScanFormat): ScanFormatter {
  switch (format) {
    case 'jsonl':
      return jsonlFormatter;
    case 'csv':
      return csvFormatter;
    case 'table':
      return tableFormatter;
    case 'html':
      return htmlFormatter;
  }
}
