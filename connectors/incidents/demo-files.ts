/**
 * What the incident demo leaves in out/ for a DSL to open: the restricted sheets as CSV (formula-safe,
 * with core's column keys as headers), every email as its recipients get it, and the governors' summary.
 */
import {
  ACTION_COLUMNS,
  INCIDENT_COLUMNS,
  NEEDS_ATTENTION_COLUMNS,
  actionToRow,
  incidentToRow,
  needsAttentionToRow,
  type Action,
  type Incident,
  type MailMessage,
  type NeedsAttentionEntry,
} from '../../core/incidents';
import { toCsv } from '../../core/report/csv';
import { escapeHtml } from '../../core/report/html/escape';

export function incidentLogCsv(incidents: readonly Incident[]): string {
  return toCsv(INCIDENT_COLUMNS, incidents.map(incidentToRow));
}

export function needsAttentionCsv(entries: readonly NeedsAttentionEntry[]): string {
  return toCsv(NEEDS_ATTENTION_COLUMNS, entries.map(needsAttentionToRow));
}

export function actionsCsv(actions: readonly Action[]): string {
  return toCsv(ACTION_COLUMNS, actions.map(actionToRow));
}

/** Every email in the order sent, as plain text: the text part is what every mail client can show. */
export function alertsText(messages: readonly MailMessage[], note: string): string {
  const blocks = messages.map((message, index) =>
    [
      `==== email ${index + 1} of ${messages.length} ====`,
      `To: ${message.to.join(', ')}`,
      ...(message.cc && message.cc.length > 0 ? [`Cc: ${message.cc.join(', ')}`] : []),
      `Subject: ${message.subject}`,
      '',
      message.text,
      '',
    ].join('\n'),
  );
  return `${note}\n\n${blocks.join('\n')}`;
}

/**
 * The summary email's HTML exactly as sent, inside a minimal page so a browser shows it with the right
 * character set; the page adds nothing else.
 */
export function summaryPage(message: MailMessage): string {
  return (
    '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(message.subject)}</title>\n</head>\n<body>\n${message.html}\n</body>\n</html>\n`
  );
}
