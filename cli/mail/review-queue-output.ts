/**
 * `sos mail review`: the review queue as a table, CSV, JSON lines or the HTML review report. Each flag
 * carries what was decided (status, reviewer, date, note); the HTML is `sos mail check`'s review report
 * with a Review column, grouped by severity and by member of staff as there.
 */
import { format as formatDate } from 'date-fns';
import type { ReviewEntry, ReviewStatus } from '../../core/mail/review-types';
import type { People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';
import { csvLine } from '../../core/report/csv';
import { mailReportHtml } from '../../core/report/html/mail-report';
import {
  flagsBySeverity,
  schoolTime,
  type MailReport,
  type ReviewFlag,
} from '../../core/report/html/mail-report-model';
import { alignColumns } from '../text-table';
import { CSV_HEADER, csvFlagRow } from './format-csv';
import { jsonlLine } from './format-jsonl';
import { reviewFlag } from './review-flag';

export const QUEUE_FORMATS = ['table', 'csv', 'jsonl', 'html'] as const;
export type QueueFormat = (typeof QUEUE_FORMATS)[number];

export interface QueueView {
  readonly entries: readonly ReviewEntry[];
  /** The whole queue by status (the listing may be filtered). */
  readonly counts: Readonly<Record<ReviewStatus, number>>;
  readonly status?: ReviewStatus;
  readonly stateFile: string;
  readonly profile?: ResolvedProfile;
  readonly people?: People;
  readonly now: Date;
}

/** The flag as the review outputs show it, with its decision. Without a profile the parties stay unnamed. */
export function queueRow(entry: ReviewEntry, people: People | undefined): ReviewFlag {
  const base: ReviewFlag = people
    ? reviewFlag(entry.flag, people, entry.source)
    : { flag: entry.flag, pupils: [], location: entry.source };
  return {
    ...base,
    review: {
      status: entry.status,
      ...(entry.reviewer !== undefined ? { reviewer: entry.reviewer } : {}),
      ...(entry.reviewedAt !== undefined ? { reviewedAt: entry.reviewedAt } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
    },
  };
}

const timeZoneOf = (view: QueueView) => view.profile?.school.timezone ?? 'Europe/London';

export function renderQueue(view: QueueView, format: QueueFormat): string {
  const rows = view.entries.map((e) => queueRow(e, view.people));
  switch (format) {
    case 'jsonl':
      return view.entries.map(jsonlEntry).join('');
    case 'csv':
      return (
        csvLine([...CSV_HEADER, ...REVIEW_COLUMNS]) + rows.map((r, i) => csvRow(r, view.entries[i]!, view)).join('')
      );
    case 'table':
      return table(rows, view);
    case 'html':
      return mailReportHtml(htmlReport(rows, view));
  }
}

/** The contract's fields, then the review's. */
function jsonlEntry(entry: ReviewEntry): string {
  const base = JSON.parse(jsonlLine(entry.flag)) as Record<string, unknown>;
  return (
    JSON.stringify({
      ...base,
      status: entry.status,
      reviewer: entry.reviewer ?? null,
      reviewedAt: entry.reviewedAt ?? null,
      note: entry.note ?? null,
      source: entry.source,
      recordedAt: entry.recordedAt,
      digestedAt: entry.digestedAt ?? null,
    }) + '\n'
  );
}

const REVIEW_COLUMNS = ['status', 'reviewer', 'reviewed_at', 'note', 'recorded_at', 'digested_at'] as const;

function csvRow(row: ReviewFlag, entry: ReviewEntry, view: QueueView): string {
  // The flag's own columns first (formula-safe through csvLine), then the decision.
  const flagPart = csvFlagRow(row, timeZoneOf(view)).replace(/\r\n$/, '');
  const review = csvLine([
    entry.status,
    entry.reviewer,
    entry.reviewedAt,
    entry.note,
    entry.recordedAt,
    entry.digestedAt,
  ]);
  return `${flagPart},${review}`;
}

function table(rows: readonly ReviewFlag[], view: QueueView): string {
  const tz = timeZoneOf(view);
  const counts = view.counts;
  const totals =
    `Review queue ${view.stateFile}: ${counts.new} awaiting review, ${counts.escalated} escalated, ` +
    `${counts['no-concern']} no concern.\n`;
  if (rows.length === 0) {
    return `No flag${view.status !== undefined ? ` with status ${view.status}` : ''} in the queue.\n${totals}`;
  }
  const body = alignColumns(
    ['STATUS', 'SEVERITY', 'SENT (school time)', 'STAFF', 'PUPIL', 'RULES', 'REVIEWED', 'NOTE', 'MESSAGE-ID'],
    flagsBySeverity(rows).flatMap((g) =>
      g.flags.map((r) => [
        r.review?.status ?? 'new',
        r.flag.severity,
        schoolTime(r.flag.date, tz),
        r.staff?.address ?? r.flag.from,
        r.pupils.map((p) => p.address).join(', ') || r.flag.to.join(', '),
        r.flag.rules.join(', '),
        r.review?.reviewer !== undefined
          ? `${r.review.reviewer} ${r.review.reviewedAt !== undefined ? schoolTime(r.review.reviewedAt, tz) : ''}`.trim()
          : '',
        clip(r.review?.note ?? '', 40),
        r.flag.messageId,
      ]),
    ),
  );
  return (
    body +
    '\n' +
    totals +
    'Record a decision: sos mail review decide <MESSAGE-ID> --status no-concern|escalated --reviewer <you> --note "<why>"\n'
  );
}

const clip = (text: string, n: number) => (text.length > n ? text.slice(0, n - 1) + '…' : text);

function htmlReport(rows: readonly ReviewFlag[], view: QueueView): MailReport {
  const profile = view.profile;
  // Where the flags came from: files (without the message number), mailboxes.
  const sources = [...new Set(view.entries.map((e) => e.source.replace(/, message \d+$/, '')))].sort();
  const shown = sources.length > 10 ? [...sources.slice(0, 10), `and ${sources.length - 10} more`] : sources;
  return {
    flags: rows,
    errors: [],
    errorsNotListed: 0,
    summary: {
      schoolName: profile?.school.name ?? 'School',
      timeZone: timeZoneOf(view),
      policy: profile
        ? { staffPupilEmail: profile.mail.staffPupilEmail, allowedHours: profile.mail.allowedHours }
        : { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
      sources: shown,
      messagesChecked: 0,
      flagged: rows.length,
      errors: 0,
      skippedFiles: 0,
      generatedAt: formatDate(view.now, 'd MMMM yyyy, HH:mm'),
    },
    queue: {
      counts: view.counts,
      stateFile: view.stateFile,
      ...(view.status !== undefined ? { status: view.status } : {}),
    },
  };
}
