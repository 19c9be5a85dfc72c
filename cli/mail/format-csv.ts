import { csvLine } from '../../core/report/csv';
import { schoolTime, type MailCheckError, type ReviewFlag } from '../../core/report/html/mail-report-model';
import type { FormatContext, MailFormatter } from './formatter';

/** The contract's fields first, in its order, then what a reviewer working from a spreadsheet needs. */
export const CSV_HEADER = [
  'messageId',
  'rules',
  'severity',
  'from',
  'to',
  'date',
  'evidence',
  'school_time',
  'staff',
  'pupils',
  'location',
] as const;

/** A message that could not be checked becomes a row too, so the spreadsheet shows what was not covered. */
export const NOT_CHECKED = '(not checked)';

export function csvFlagRow(row: ReviewFlag, timeZone: string): string {
  const f = row.flag;
  return csvLine([
    f.messageId,
    f.rules.join('; '),
    f.severity,
    f.from,
    f.to.join('; '),
    f.date,
    f.evidence.join(' | '),
    schoolTime(f.date, timeZone),
    row.staff?.address ?? '',
    row.pupils.map((p) => p.address).join('; '),
    row.location,
  ]);
}

export function csvErrorRow(e: MailCheckError): string {
  const where = e.index !== undefined ? `${e.source}, message ${e.index} (byte ${e.offset ?? 0})` : e.source;
  return csvLine(['', NOT_CHECKED, '', '', '', '', e.error, '', '', '', where]);
}

export function csvFormatter(ctx: FormatContext): MailFormatter {
  return {
    start: () => csvLine(CSV_HEADER),
    flag: (row) => csvFlagRow(row, ctx.timeZone),
    error: csvErrorRow,
    end: () => '',
  };
}
