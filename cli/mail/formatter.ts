import type { MailCheckError, MailReport, ReviewFlag } from '../../core/report/html/mail-report-model';
import { csvFormatter } from './format-csv';
import { htmlFormatter } from './format-html';
import { jsonlFormatter } from './format-jsonl';
import { tableFormatter } from './format-table';

export const MAIL_FORMATS = ['jsonl', 'table', 'csv', 'html'] as const;
export type MailFormat = (typeof MAIL_FORMATS)[number];

/**
 * Turns check results into text. jsonl and csv stream a line as each flagged message is found, so a long
 * check's output is usable while it runs; table and html render once, at the end, from the whole report.
 */
export interface MailFormatter {
  start(): string;
  flag(row: ReviewFlag): string;
  /** A message that could not be checked (csv lists it; jsonl leaves errors to stderr). */
  error(error: MailCheckError): string;
  end(report: MailReport): string;
}

export interface FormatContext {
  /** The school's zone, for the school-time columns. */
  readonly timeZone: string;
}

export function formatterFor(format: MailFormat, ctx: FormatContext): MailFormatter {
  switch (format) {
    case 'jsonl':
      return jsonlFormatter;
    case 'csv':
      return csvFormatter(ctx);
    case 'table':
      return tableFormatter;
    case 'html':
      return htmlFormatter;
  }
}
