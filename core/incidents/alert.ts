/**
 * The alert sent the moment an incident is logged. Email is forwarded, synced to phones and kept for
 * years, so it carries only what lets the right people act: the reference, category, severity, the
 * mandatory steps and a link to the restricted log. Never the description, names, year groups, the
 * reporter or where the evidence is.
 */
import { escapeHtml } from '../report/html/escape';
import { categoryLabel } from './incident';
import { formatLocalDateTime } from './time';
import type { CaseManagerRole, Contacts, Incident, MailMessage, NeedsAttentionEntry, Triage } from './types';

export interface AlertOptions {
  readonly schoolName: string;
  /** The Incident Log (or SharePoint list) that only the DSL team can open. */
  readonly link: string;
  readonly timeZone: string;
  /** For staff concerns the LADO's contact details go in the alert: they are not about the incident. */
  readonly lado?: Contacts['lado'];
}

const ROLE_NAMES: Record<CaseManagerRole, string> = {
  dsl: 'the Designated Safeguarding Lead',
  headteacher: 'the headteacher',
  chairOfGovernors: 'the chair of governors',
  dpo: 'the data protection officer',
};

function ladoLine(lado: AlertOptions['lado']): string | undefined {
  if (!lado) return undefined;
  const parts = [lado.name, lado.phone, lado.email].filter((part): part is string => !!part);
  return parts.length > 0 ? `LADO: ${parts.join(', ')}` : undefined;
}

export function alertEmail(incident: Incident, result: Triage, options: AlertOptions): MailMessage {
  const label = categoryLabel(incident.category);
  const severity = result.severity.toUpperCase();
  const subject = `[${severity}] Online safety incident ${incident.reference}: ${label}`;
  const reported = formatLocalDateTime(incident.reportedAt, options.timeZone);
  const manager = `Case manager: ${ROLE_NAMES[result.caseManager.role]}`;
  const lado = incident.category === 'staff-concern' ? ladoLine(options.lado) : undefined;
  const facts = [
    `Reference: ${incident.reference}`,
    `Category: ${label}`,
    `Severity: ${result.severity}`,
    `Reported: ${reported}`,
    manager,
    ...(lado ? [lado] : []),
  ];
  const steps = result.steps.map((step) => step.text);
  const text = [
    `A new online safety incident has been logged at ${options.schoolName}.`,
    '',
    ...facts,
    '',
    'Mandatory steps:',
    ...steps.map((step, index) => `${index + 1}. ${step}`),
    '',
    `Open the incident log for the details: ${options.link}`,
    'The details are kept only in the restricted log. Do not forward this email or copy details into email.',
  ].join('\n');
  const html =
    `<p>A new online safety incident has been logged at ${escapeHtml(options.schoolName)}.</p>` +
    `<table role="presentation" cellpadding="4">${facts
      .map((fact) => {
        const at = fact.indexOf(': ');
        return `<tr><th align="left">${escapeHtml(fact.slice(0, at))}</th><td>${escapeHtml(fact.slice(at + 2))}</td></tr>`;
      })
      .join('')}</table>` +
    `<p><strong>Mandatory steps</strong></p><ol>${steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>` +
    `<p><a href="${escapeHtml(options.link)}">Open the incident log</a> for the details.</p>` +
    '<p><small>The details are kept only in the restricted log. Do not forward this email or copy details into email.</small></p>';
  return { to: [...result.recipients], subject, text, html };
}

/**
 * A report that failed validation is kept whole in Needs Attention; the DSL team is told at once, with
 * the fields at fault (paths and what is expected, never the values) and a link.
 */
export function needsAttentionEmail(
  entry: NeedsAttentionEntry,
  options: {
    readonly to: readonly string[];
    readonly schoolName: string;
    readonly link: string;
    readonly timeZone: string;
  },
): MailMessage {
  const received = formatLocalDateTime(entry.receivedAt, options.timeZone);
  const problems = entry.errors.slice(0, 20).map((error) => `${error.path}: ${error.message}`);
  const subject = `${options.schoolName}: an online safety incident report needs attention`;
  const text = [
    `An incident report received ${received} could not be logged automatically and is kept whole in the Needs Attention sheet.`,
    'Please check it now: it may be urgent.',
    '',
    'What needs fixing:',
    ...problems.map((problem) => `- ${problem}`),
    '',
    `Open the log: ${options.link}`,
  ].join('\n');
  const html =
    `<p>An incident report received ${escapeHtml(received)} could not be logged automatically and is kept whole in the Needs Attention sheet. ` +
    '<strong>Please check it now: it may be urgent.</strong></p>' +
    `<p>What needs fixing:</p><ul>${problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul>` +
    `<p><a href="${escapeHtml(options.link)}">Open the log</a></p>`;
  return { to: [...options.to], subject, text, html };
}
