import {
  flagsBySeverity,
  schoolTime,
  type MailReport,
  type ReviewFlag,
} from '../../core/report/html/mail-report-model';
import { alignColumns, terminalSafe } from '../text-table';
import type { MailFormatter } from './formatter';

/** A terminal is an overview: one evidence excerpt per row and the first errors; csv and html carry all. */
const EVIDENCE_CHARS = 80;
const ERRORS_SHOWN = 20;

export function mailTable(report: MailReport): string {
  const { timeZone } = report.summary;
  const parts: string[] = [];
  const rows = flagsBySeverity(report.flags).flatMap((g) => g.flags.map((r) => row(r, timeZone)));
  if (rows.length > 0) {
    parts.push(alignColumns(['SEVERITY', 'SENT (school time)', 'STAFF', 'PUPIL', 'RULES', 'EVIDENCE (masked)'], rows));
  } else {
    parts.push('No message was flagged.\n');
  }
  if (report.errors.length > 0) {
    const shown = report.errors.slice(0, ERRORS_SHOWN);
    const hidden = report.errors.length - shown.length + report.errorsNotListed;
    parts.push(
      '\nMessages that could not be checked:\n' +
        alignColumns(
          ['SOURCE', 'MESSAGE', 'REASON'],
          shown.map((e) => [
            e.source,
            e.index !== undefined ? `${e.index} (byte ${e.offset ?? 0})` : 'whole file',
            e.error,
          ]),
        ) +
        (hidden > 0 ? `... and ${hidden} more (use --format csv or html for the full list)\n` : ''),
    );
  }
  const s = report.summary;
  const summary: [string, number][] = [
    ['Messages checked', s.messagesChecked],
    ['Messages flagged', s.flagged],
    ['Could not be read', s.errors],
    ['Files skipped (not mail)', s.skippedFiles],
  ];
  const width = Math.max(...summary.map(([label]) => label.length)) + 1;
  parts.push('\n' + summary.map(([label, n]) => `${(label + ':').padEnd(width)}  ${n}`).join('\n') + '\n');
  parts.push('Every flag needs a person to review the message; nothing has been sent or reported.\n');
  return parts
    .map((block) =>
      block
        .split('\n')
        .map((l) => terminalSafe(l))
        .join('\n'),
    )
    .join('');
}

function row(r: ReviewFlag, timeZone: string): string[] {
  const evidence = r.flag.evidence[0] ?? '';
  return [
    r.flag.severity,
    schoolTime(r.flag.date, timeZone),
    r.staff?.address ?? r.flag.from,
    r.pupils.map((p) => p.address).join(', ') || r.flag.to.join(', '),
    r.flag.rules.join(', '),
    evidence.length > EVIDENCE_CHARS ? evidence.slice(0, EVIDENCE_CHARS - 1) + '…' : evidence,
  ];
}

export const tableFormatter: MailFormatter = {
  start: () => '',
  flag: () => '',
  error: () => '',
  end: mailTable,
};
