/**
 * The digest as an email. Email is forwarded, synced to phones and kept for years, so it carries the least
 * that lets the reader act: counts, the member of staff concerned, masked pupil addresses, the masked
 * excerpts the checker kept, and the Message-ID to record a decision against. Never a message body.
 */
import { escapeHtml } from '../report/html/escape';
import { MAIL_RULE_LABELS } from '../report/html/mail-rule-text';
import { schoolTime } from '../report/html/mail-report-model';
import { maskEmail } from './evidence';
import type { Severity } from './message';
import type { DigestMessage } from './review-digest';
import type { ReviewEntry } from './review-types';

export interface DigestEmail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface DigestEmailOptions {
  /**
   * How the reader records a decision, one line each. Defaults to the `sos mail review decide` commands;
   * a deployment with a Review sheet or list says how to use that instead.
   */
  readonly howToDecide?: readonly string[];
}

const SEVERITY_TITLES: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

const DEFAULT_HOW_TO_DECIDE = [
  'See every flag with its status: sos mail review --format html --out review.html',
  'No concern:  sos mail review decide <Message-ID> --status no-concern --reviewer <your address> --note "<why>"',
  'Escalated:   sos mail review decide <Message-ID> --status escalated --reviewer <your address> --note "<what was done, who was told>"',
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function countsLine(counts: Readonly<Record<Severity, number>>): string {
  return (['critical', 'high', 'medium', 'low'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

function ladoLine(message: DigestMessage): string | undefined {
  const lado = message.school.lado;
  if (message.audience !== 'case-manager' || lado === undefined) return undefined;
  const parts = [lado.name, lado.phone, lado.email].filter((p): p is string => p !== undefined && p !== '');
  return (
    'If a concern may meet the harm threshold (a child harmed or at risk, a possible offence, unsuitability to ' +
    `work with children), refer it to the LADO within one working day: ${parts.join(', ')}.`
  );
}

function role(message: DigestMessage): string {
  if (message.audience === 'case-manager') {
    return message.fallback
      ? 'These flags concern a member of staff. You receive them because the usual case manager is a party to one of them.'
      : 'These flags concern members of staff; you receive them as case manager for concerns about staff.';
  }
  return message.fallback
    ? 'You receive these flags because the designated safeguarding lead is a party to one of them.'
    : 'You receive these flags as designated safeguarding lead.';
}

interface Line {
  readonly when: string;
  readonly rules: string;
  readonly status: string;
  readonly others: string;
  readonly evidence: readonly string[];
  readonly messageId: string;
}

/** Every party but the member of staff concerned is masked: the reader finds the message by its Message-ID. */
function lineOf(entry: ReviewEntry, staff: string | undefined, timeZone: string): Line {
  const f = entry.flag;
  const mask = (a: string) => (staff !== undefined && a === staff ? a : maskEmail(a));
  const from = f.from === '' ? '(no sender)' : mask(f.from);
  const to = f.to.length > 0 ? f.to.map(mask).join(', ') : '(no recipient)';
  const decided =
    entry.status === 'new'
      ? 'awaiting review'
      : `${entry.status}${entry.reviewer !== undefined ? ` (${entry.reviewer})` : ''}`;
  return {
    when: schoolTime(f.date, timeZone),
    rules: f.rules.map((r) => MAIL_RULE_LABELS[r]).join(', '),
    status: decided,
    others: `from ${from} to ${to}`,
    evidence: f.evidence,
    messageId: f.messageId,
  };
}

export function digestEmail(message: DigestMessage, options: DigestEmailOptions = {}): DigestEmail {
  const { school } = message;
  const total = message.keys.length;
  const how = options.howToDecide ?? DEFAULT_HOW_TO_DECIDE;
  const day = schoolTime(school.at, school.timeZone).replace(/ \d\d:\d\d$/, '');
  const critical = message.counts.critical > 0 ? `, ${message.counts.critical} critical` : '';
  const subject = `Staff–pupil email review: ${plural(total, 'new flag')}${critical} (${school.name}, ${day})`;
  const summary =
    `${plural(total, 'flag')} since the last digest (${countsLine(message.counts)}). ` +
    `${plural(school.awaitingReview, 'flag')} in the queue ${school.awaitingReview === 1 ? 'awaits' : 'await'} review in all.`;
  const notice = [
    'Nothing has been sent to the member of staff or the pupils, and nothing has been blocked or reported.',
    'Each flag is a prompt for a person to review, not a finding: read the message in full before deciding.',
    'Evidence is masked. Do not forward this email; record decisions as below.',
  ];
  const lado = ladoLine(message);
  const sections = message.groups.map((g) => ({
    title: `${SEVERITY_TITLES[g.severity]} (${g.staff.reduce((n, s) => n + s.entries.length, 0)})`,
    staff: g.staff.map((s) => ({
      title: s.staff !== undefined ? `Member of staff: ${s.staff}` : 'No member of staff identified',
      lines: s.entries.map((e) => lineOf(e, s.staff, school.timeZone)),
    })),
  }));

  const text = [
    `Staff–pupil email review digest for ${school.name}, ${schoolTime(school.at, school.timeZone)}.`,
    '',
    role(message),
    summary,
    '',
    ...notice,
    ...(lado !== undefined ? ['', lado] : []),
    ...sections.flatMap((s) => [
      '',
      s.title.toUpperCase(),
      ...s.staff.flatMap((st) => [
        `  ${st.title}`,
        ...st.lines.flatMap((l) => [
          `  - ${l.when}: ${l.rules} [${l.status}]`,
          `    ${l.others}`,
          ...l.evidence.map((e) => `    ${e}`),
          `    Message-ID: ${l.messageId}`,
        ]),
      ]),
    ]),
    '',
    'How to record your decision (reviewer and date are kept; a note is required to escalate or to change a decision):',
    ...how.map((h) => `  ${h}`),
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = [
    '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1d2733">',
    `<p><strong>Staff–pupil email review digest for ${e(school.name)}</strong>, ${e(schoolTime(school.at, school.timeZone))}.</p>`,
    `<p>${e(role(message))}<br>${e(summary)}</p>`,
    `<ul>${notice.map((n) => `<li>${e(n)}</li>`).join('')}</ul>`,
    ...(lado !== undefined ? [`<p><strong>${e(lado)}</strong></p>`] : []),
    ...sections.flatMap((s) => [
      `<h3 style="margin:16px 0 4px">${e(s.title)}</h3>`,
      ...s.staff.flatMap((st) => [
        `<p style="margin:8px 0 4px"><em>${e(st.title)}</em></p>`,
        '<ul>',
        ...st.lines.map(
          (l) =>
            `<li><strong>${e(l.when)}</strong>: ${e(l.rules)} [${e(l.status)}]<br>${e(l.others)}` +
            l.evidence.map((x) => `<br><code>${e(x)}</code>`).join('') +
            `<br><small>Message-ID: ${e(l.messageId)}</small></li>`,
        ),
        '</ul>',
      ]),
    ]),
    '<p>How to record your decision (reviewer and date are kept; a note is required to escalate or to change a decision):</p>',
    `<ul>${how.map((h) => `<li><code>${e(h)}</code></li>`).join('')}</ul>`,
    '</div>',
  ].join('\n');

  return { to: message.to, subject, text, html };
}
