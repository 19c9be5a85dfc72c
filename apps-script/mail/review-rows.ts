/**
 * A review entry as a Review sheet row and back. Cells a person types (status, reviewer, date, note)
 * are read leniently and a row that cannot be read is skipped by the caller, never rewritten. Text
 * cells are neutralised against formula injection: evidence quotes what other people wrote.
 */
import { formatLocalDateTime, localDate, localDateTimeToIso } from '../../core/incidents/time';
import { lines, readLines, readText, textCell } from '../../core/incidents/cells';
import type { CellValue } from '../../core/incidents';
import { ALL_RULE_IDS, SEVERITIES, type MailFlag, type MailRuleId, type Severity } from '../../core/mail';
import { REVIEW_STATUSES, type ReviewEntry, type ReviewStatus } from '../../core/mail/review-types';
import { REVIEW_COLUMNS, STATUS_LABELS, type ReviewColumn } from './review-sheet';

/** "2026-03-10 09:00" in school time; empty for an instant that is missing or not a date. */
function localCell(iso: string | undefined, timeZone: string): string {
  if (iso === undefined || iso === '' || Number.isNaN(new Date(iso).getTime())) return '';
  return formatLocalDateTime(iso, timeZone);
}

/** A date-time cell back to ISO 8601: school-local text, or a Date Sheets made of what someone typed. */
export function readInstant(cell: unknown, timeZone: string): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString();
  const text = readText(cell).trim();
  if (text === '') return undefined;
  const local = localDateTimeToIso(text, timeZone);
  if (local !== undefined) return new Date(local).toISOString();
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

export function readStatus(cell: unknown): ReviewStatus | undefined {
  const text = readText(cell)
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');
  if (text === '') return 'new';
  return REVIEW_STATUSES.find((status) => STATUS_LABELS[status] === text);
}

export function entryToRow(entry: ReviewEntry, timeZone: string): CellValue[] {
  const { flag } = entry;
  const cells: Record<ReviewColumn, CellValue> = {
    recordedAt: localCell(entry.recordedAt, timeZone),
    messageId: flag.messageId,
    date: localCell(flag.date, timeZone),
    from: flag.from,
    to: lines(flag.to),
    rules: lines(flag.rules),
    severity: flag.severity,
    evidence: lines(flag.evidence),
    status: STATUS_LABELS[entry.status],
    reviewer: entry.reviewer ?? '',
    reviewedAt: entry.reviewedAt ? localDate(entry.reviewedAt, timeZone) : '',
    note: entry.note ?? '',
    source: entry.source,
    digestedAt: localCell(entry.digestedAt, timeZone),
  };
  return REVIEW_COLUMNS.map((key) => {
    const value = cells[key];
    return typeof value === 'string' ? textCell(value) : value;
  });
}

function isRule(value: string): value is MailRuleId {
  return (ALL_RULE_IDS as readonly string[]).includes(value);
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** A row (in REVIEW_COLUMNS order) as an entry; undefined when its message id, status or severity is unreadable. */
export function entryFromRow(row: readonly unknown[], timeZone: string): ReviewEntry | undefined {
  const cell = (key: ReviewColumn) => row[REVIEW_COLUMNS.indexOf(key)];
  const messageId = readText(cell('messageId')).trim();
  const status = readStatus(cell('status'));
  const severity = readText(cell('severity')).trim().toLowerCase();
  if (messageId === '' || status === undefined || !isSeverity(severity)) return undefined;
  const flag: MailFlag = {
    messageId,
    rules: readLines(cell('rules')).filter(isRule),
    severity,
    from: readText(cell('from')).trim(),
    to: readLines(cell('to')),
    date: readInstant(cell('date'), timeZone) ?? '',
    evidence: readLines(cell('evidence')),
  };
  const reviewer = readText(cell('reviewer')).trim();
  const reviewedAt = readInstant(cell('reviewedAt'), timeZone);
  const note = readText(cell('note')).trim();
  const digestedAt = readInstant(cell('digestedAt'), timeZone);
  return {
    key: messageId,
    flag,
    source: readText(cell('source')).trim(),
    recordedAt: readInstant(cell('recordedAt'), timeZone) ?? '',
    status,
    ...(reviewer !== '' ? { reviewer } : {}),
    ...(reviewedAt !== undefined ? { reviewedAt } : {}),
    ...(note !== '' ? { note } : {}),
    ...(digestedAt !== undefined ? { digestedAt } : {}),
  };
}
