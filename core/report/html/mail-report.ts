import type { Severity } from '../../mail/message';
import { barChartSvg } from './bar-chart';
import { html, trusted, type SafeHtml } from './escape';
import { page, section } from './layout';
import {
  flagsBySeverity,
  flagsByStaff,
  flagsPerRule,
  schoolTime,
  SEVERITIES_DESC,
  type MailCheckError,
  type MailReport,
  type Party,
  type ReviewFlag,
  type ReviewState,
  type StaffGroup,
} from './mail-report-model';
import { MAIL_RULE_LABELS, mailRuleClause } from './mail-rule-text';
import { dataTable, statCards } from './tables';

/** The page's own additions to the shared layout: a critical chip and compact evidence. */
const MAIL_STYLE = `
.chip.critical { color:#fff; background:#7a1010; }
.notice { border-left:4px solid var(--accent); }
.notice ul { margin:8px 0 0; padding-left:20px; }
ul.rules, ul.evidence { list-style:none; margin:0; padding:0; }
ul.rules li { margin:0 0 6px; }
ul.rules .clause { display:block; color:var(--muted); font-size:12px; }
ul.evidence li { margin:0 0 4px; font-family:ui-monospace, Menlo, Consolas, monospace; font-size:12px; overflow-wrap:anywhere; }
td.party { overflow-wrap:anywhere; min-width:180px; }
td.when { white-space:nowrap; }
td.evidence { min-width:220px; }
.chip.status-new { color:#fff; background:#1f4e79; }
.chip.status-escalated { color:#fff; background:#7a1010; }
.chip.status-no-concern { color:#2e6b3a; background:#e5f4e8; }
td.review { min-width:160px; }
.id { display:block; color:var(--muted); font-size:11px; overflow-wrap:anywhere; font-family:ui-monospace, Menlo, Consolas, monospace; }
`;

const SEVERITY_TITLES: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** The `sos mail check --format html` review report: one self-contained page for the DSL. */
export function mailReportHtml(report: MailReport): string {
  const s = report.summary;
  const count = (sev: Severity) => report.flags.filter((f) => f.flag.severity === sev).length;
  const queue = report.queue;
  const cards = queue
    ? [
        { label: 'Flags listed', value: report.flags.length },
        { label: 'Awaiting review', value: queue.counts.new, alert: queue.counts.new > 0 },
        { label: 'Escalated', value: queue.counts.escalated },
        { label: 'No concern', value: queue.counts['no-concern'] },
        { label: 'Critical', value: count('critical'), alert: count('critical') > 0 },
        { label: 'High', value: count('high'), alert: count('high') > 0 },
      ]
    : [
        { label: 'Messages checked', value: s.messagesChecked },
        { label: 'Messages flagged', value: s.flagged, alert: s.flagged > 0 },
        { label: 'Critical', value: count('critical'), alert: count('critical') > 0 },
        { label: 'High', value: count('high'), alert: count('high') > 0 },
        { label: 'Could not be read', value: s.errors },
        { label: 'Files skipped (not mail)', value: s.skippedFiles },
      ];
  const body = html`<style>
      ${trusted(MAIL_STYLE)}
    </style>
    ${notice()} ${statCards(cards)} ${scope(report)} ${chart(report)} ${bySeverity(report)} ${byStaff(report)}
    ${errors(report)}`;
  return page({
    title: queue ? 'Staff–pupil email review queue' : 'Staff–pupil email review',
    subtitle: `${s.schoolName} · generated ${s.generatedAt} by ${queue ? 'sos mail review' : 'sos mail check'}`,
    body,
    footer:
      'Confidential: safeguarding information for the designated safeguarding lead. Evidence is masked, but the ' +
      'report names staff and pupils: keep and share it only as your data protection and child protection policies allow.',
  });
}

function notice(): SafeHtml {
  return html`<section class="notice">
    <h2>Before you act</h2>
    <p>Each flag is a prompt for a person to review, not a finding about anyone.</p>
    <ul>
      <li>Read every flagged message in full, in its context, before deciding anything.</li>
      <li>Nothing has been sent, blocked or reported automatically, and nobody has been told.</li>
      <li>
        Evidence excerpts are masked: identifiers, phone numbers and addresses in them are partly hidden. Staff and
        pupil addresses are shown in full so you can find the messages.
      </li>
      <li>Record your decisions as your safeguarding and data protection policies require.</li>
    </ul>
  </section>`;
}

function scope(report: MailReport): SafeHtml {
  const s = report.summary;
  const h = s.policy.allowedHours;
  return section(
    'Scope',
    html`<dl class="scope">
      <dt>School</dt>
      <dd>${s.schoolName}</dd>
      <dt>Sources checked</dt>
      <dd>${s.sources.join(', ')}</dd>
      ${
        report.queue
          ? html`<dt>Review queue</dt>
              <dd>
                ${report.queue.stateFile}${
                  report.queue.status !== undefined ? html` (listing ${report.queue.status} flags only)` : ''
                }
              </dd>`
          : ''
      }
      <dt>Staff–pupil email</dt>
      <dd>${s.policy.staffPupilEmail === 'forbidden' ? 'forbidden by the policy' : 'allowed, professionally'}</dd>
      <dt>Allowed hours</dt>
      <dd>${h.start}–${h.end}${h.weekdaysOnly ? ', weekdays only' : ''}</dd>
      <dt>Times shown in</dt>
      <dd>${s.timeZone} (school time)</dd>
      <dt>Generated</dt>
      <dd>${s.generatedAt}</dd>
    </dl>`,
  );
}

function chart(report: MailReport): SafeHtml {
  const data = flagsPerRule(report.flags);
  if (data.length === 0) {
    return section('Flags by rule', html`<p>No message was flagged by any rule.</p>`);
  }
  return section(
    'Flags by rule',
    barChartSvg(
      data.map((d) => ({ label: MAIL_RULE_LABELS[d.rule], value: d.messages })),
      { title: 'Number of flagged messages for each rule', unit: ['message', 'messages'] },
    ),
    'A message can break more than one rule.',
  );
}

function bySeverity(report: MailReport): SafeHtml {
  return html`${flagsBySeverity(report.flags).map((group) =>
    section(
      `${SEVERITY_TITLES[group.severity]} (${group.flags.length})`,
      flagTable(group.flags, report),
      group.severity === 'critical' ? 'Review these first.' : undefined,
    ),
  )}`;
}

function flagTable(flags: readonly ReviewFlag[], report: MailReport): SafeHtml {
  const { timeZone, policy } = report.summary;
  return dataTable<ReviewFlag>(
    [
      {
        header: 'Sent (school time)',
        className: 'when',
        cell: (r) => html`${schoolTime(r.flag.date, timeZone)}<span class="id">${r.location}</span>`,
      },
      { header: 'Staff', className: 'party', cell: (r) => (r.staff ? party(r.staff) : html`<em>not identified</em>`) },
      {
        header: 'Pupil',
        className: 'party',
        cell: (r) => (r.pupils.length > 0 ? html`${r.pupils.map((p) => html`<div>${party(p)}</div>`)}` : '—'),
      },
      {
        header: 'Message',
        className: 'party',
        cell: (r) =>
          html`<div>From ${r.flag.from || '(no sender)'}</div>
            <div>To ${r.flag.to.length > 0 ? r.flag.to.join(', ') : '(no recipient)'}</div>
            <span class="id">Message-ID ${r.flag.messageId}</span>`,
      },
      {
        header: 'Rules (policy clause)',
        cell: (r) =>
          html`<span class="chip ${r.flag.severity}">${r.flag.severity}</span>
            <ul class="rules">
              ${r.flag.rules.map(
                (rule) =>
                  html`<li>
                    <strong>${MAIL_RULE_LABELS[rule] ?? rule}</strong>
                    <span class="clause">${mailRuleClause(rule, policy)}</span>
                  </li>`,
              )}
            </ul>`,
      },
      {
        header: 'Evidence (masked)',
        className: 'evidence',
        cell: (r) =>
          r.flag.evidence.length > 0
            ? html`<ul class="evidence">
                ${r.flag.evidence.map((e) => html`<li>${e}</li>`)}
              </ul>`
            : '—',
      },
      ...(flags.some((r) => r.review !== undefined)
        ? [
            {
              header: 'Review',
              className: 'review',
              cell: (r: ReviewFlag) => (r.review ? reviewCell(r.review, timeZone) : '—'),
            },
          ]
        : []),
    ],
    flags,
  );
}

function reviewCell(review: ReviewState, timeZone: string): SafeHtml {
  const label = review.status === 'new' ? 'awaiting review' : review.status;
  return html`<span class="chip status-${review.status}">${label}</span>
    ${review.reviewer !== undefined ? html`<div>${review.reviewer}</div>` : ''}
    ${review.reviewedAt !== undefined ? html`<div class="id">${schoolTime(review.reviewedAt, timeZone)}</div>` : ''}
    ${review.note !== undefined ? html`<div>${review.note}</div>` : ''}`;
}

function party(p: Party): SafeHtml {
  return html`${p.name ? html`<strong>${p.name}</strong><br />` : ''}${p.address}${
    p.personal ? html` <span class="conf">personal address</span>` : ''
  }`;
}

function byStaff(report: MailReport): SafeHtml {
  const groups = flagsByStaff(report.flags);
  if (groups.length === 0) return html``;
  return section(
    'By member of staff',
    dataTable<StaffGroup>(
      [
        {
          header: 'Member of staff',
          className: 'party',
          cell: (g) => (g.staff ? party(g.staff) : html`<em>No member of staff identified</em>`),
        },
        { header: 'Flagged messages', numeric: true, cell: (g) => g.flags.length },
        { header: 'Most severe', cell: (g) => html`<span class="chip ${g.highest}">${g.highest}</span>` },
        {
          header: 'By severity',
          cell: (g) =>
            SEVERITIES_DESC.filter((s) => g.counts[s] > 0)
              .map((s) => `${g.counts[s]} ${s}`)
              .join(', '),
        },
        { header: 'Rules', cell: (g) => g.rules.map((r) => MAIL_RULE_LABELS[r] ?? r).join(', ') },
        {
          header: 'Pupils involved',
          className: 'party',
          cell: (g) => [...new Set(g.flags.flatMap((f) => f.pupils.map((p) => p.address)))].join(', ') || '—',
        },
      ],
      groups,
    ),
    'Patterns matter: several low flags about the same member of staff may say more than one high flag.',
  );
}

function errors(report: MailReport): SafeHtml {
  if (report.errors.length === 0) return html``;
  const more = report.errorsNotListed;
  return section(
    'Messages that could not be checked',
    html`${dataTable<MailCheckError>(
      [
        { header: 'Source', cell: (e) => e.source, className: 'file' },
        { header: 'Message', numeric: true, cell: (e) => (e.index !== undefined ? e.index : 'whole file') },
        { header: 'Byte offset', numeric: true, cell: (e) => (e.offset !== undefined ? e.offset : '—') },
        { header: 'Reason', cell: (e) => e.error },
      ],
      report.errors,
    )}${more > 0 ? html`<p class="note">… and ${more} more not listed here.</p>` : ''}`,
    'These messages were not checked by any rule: open them by hand (the byte offset finds them in the export).',
  );
}
