import type { MailFlag } from '../../core/mail/message';
import type { MailFormatter } from './formatter';

/** CONTRACTS §4: one object per flagged message, keys exactly in this order. */
export function jsonlLine(flag: MailFlag): string {
  return (
    JSON.stringify({
      messageId: flag.messageId,
      rules: [...flag.rules],
      severity: flag.severity,
      from: flag.from,
      to: [...flag.to],
      date: flag.date,
      evidence: [...flag.evidence],
    }) + '\n'
  );
}

export const jsonlFormatter: MailFormatter = {
  start: () => '',
  flag: (row) => jsonlLine(row.flag),
  error: () => '',
  end: () => '',
};
