/**
 * The Review sheet (one row per flagged message, worked by the DSL team) and the Mail Check Errors
 * sheet (messages the check could not read, so none is lost without trace). Both live in the incident
 * log spreadsheet, which only the DSL team can open.
 */
import { SEVERITIES } from '../../core/mail';
import type { ReviewStatus } from '../../core/mail/review-types';
import type { SheetTemplate } from '../../core/incidents';
import { dataRange, inOrder, letterOf } from '../../sheets-templates/columns';

/** The status as the sheet's dropdown shows it: words people read, not ids. */
export const STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  new: 'new',
  'no-concern': 'no concern',
  escalated: 'escalated',
};

export const REVIEW_COLUMNS = [
  'recordedAt',
  'messageId',
  'date',
  'from',
  'to',
  'rules',
  'severity',
  'evidence',
  'status',
  'reviewer',
  'reviewedAt',
  'note',
  'source',
  'digestedAt',
] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

const columns = inOrder(REVIEW_COLUMNS, {
  recordedAt: { header: 'Recorded', type: 'datetime', width: 130, note: 'When the check flagged it (school time).' },
  messageId: { header: 'Message ID', type: 'text', width: 200, note: 'The Message-ID header: one row per message.' },
  date: { header: 'Sent', type: 'datetime', width: 130, note: 'When the message was sent (school time).' },
  from: { header: 'From', type: 'email', width: 200 },
  to: { header: 'To', type: 'longtext', width: 200, note: 'To, Cc and Bcc, one per line.' },
  rules: { header: 'Rules', type: 'longtext', width: 180, note: 'Which policy rules the message met.' },
  severity: { header: 'Severity', type: 'choice', width: 80, validation: { list: SEVERITIES, strict: true } },
  evidence: {
    header: 'Evidence (masked)',
    type: 'longtext',
    width: 360,
    note: 'Short masked excerpts. Open the message in the monitoring mailbox to read it in full.',
  },
  status: {
    header: 'Status',
    type: 'choice',
    width: 100,
    validation: { list: Object.values(STATUS_LABELS), strict: true },
    note: 'new, no concern or escalated. Nothing is ever sent to the member of staff or the pupil.',
  },
  reviewer: { header: 'Reviewer', type: 'email', width: 180, note: 'Your address, when you set the status.' },
  reviewedAt: { header: 'Reviewed on', type: 'date', width: 100 },
  note: {
    header: 'Note',
    type: 'longtext',
    width: 260,
    note: 'Required when escalating or changing a decision: what was done and who was told.',
  },
  source: { header: 'Found in', type: 'text', width: 160 },
  digestedAt: { header: 'In digest', type: 'datetime', width: 130, note: 'When the daily digest listed it.' },
});

const status = letterOf(columns, 'status');
const severity = letterOf(columns, 'severity');

export const REVIEW_SHEET: SheetTemplate = {
  name: 'Review',
  description: 'Staff–pupil email flagged by the mail check, for the DSL team to review.',
  columns,
  frozenRows: 1,
  frozenColumns: 2,
  protection: { editors: 'dsl-team', description: 'Review: DSL team only. Rows are added by the mail check.' },
  conditionalFormats: [
    {
      id: 'new-serious',
      range: dataRange(columns),
      formula: `=AND($${status}2="new",OR($${severity}2="critical",$${severity}2="high"))`,
      format: { background: '#f4c7c3', bold: true },
      description: 'High and critical flags not yet reviewed.',
    },
    {
      id: 'new',
      range: dataRange(columns),
      formula: `=$${status}2="new"`,
      format: { background: '#fce8b2' },
      description: 'Flags not yet reviewed.',
    },
  ],
};

export const MAIL_ERROR_COLUMNS = ['recordedAt', 'gmailId', 'date', 'reason', 'resolution'] as const;

export const MAIL_ERRORS_SHEET: SheetTemplate = {
  name: 'Mail Check Errors',
  description: 'Messages the mail check could not read. Each must be read by hand in the monitoring mailbox.',
  columns: inOrder(MAIL_ERROR_COLUMNS, {
    recordedAt: { header: 'Recorded', type: 'datetime', width: 130 },
    gmailId: {
      header: 'Gmail message',
      type: 'text',
      width: 160,
      note: 'Signed in as the monitoring mailbox, open https://mail.google.com/mail/u/0/#all/<this id>.',
    },
    date: { header: 'Received', type: 'datetime', width: 130 },
    reason: { header: 'What went wrong (masked)', type: 'longtext', width: 360 },
    resolution: { header: 'Read by hand? Note', type: 'longtext', width: 260 },
  }),
  frozenRows: 1,
  frozenColumns: 0,
  protection: { editors: 'dsl-team', description: 'Mail Check Errors: DSL team only.' },
  conditionalFormats: [],
};
