/**
 * The termly summary as an email for governors. The chart is HTML table cells with a background colour
 * and a pixel width: Gmail and Outlook strip inline SVG and ignore most CSS, but both draw a coloured
 * table cell. Counts and labels only: the summary model carries no names, and neither does this.
 */
import { escapeHtml } from '../report/html/escape';
import { CATEGORIES } from './categories';
import { locationLabel } from './choices';
import type { Change, TermSummary } from './types';
import { LOCATIONS, SEVERITIES, YEAR_GROUPS } from './types';

export interface SchoolInfo {
  readonly name: string;
  readonly website?: string;
}

interface Line {
  readonly label: string;
  readonly value: number;
  readonly previous?: number;
}

const BAR_MAX = 220;
const COLOUR = '#2f6fb0';
const PREVIOUS_COLOUR = '#b8c7d9';

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function bar(value: number, max: number, colour: string): string {
  const width = value > 0 ? Math.max(2, Math.round((value / max) * BAR_MAX)) : 0;
  if (width === 0) return '';
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>` +
    `<td width="${width}" height="10" bgcolor="${colour}" style="background:${colour};width:${width}px;height:10px;font-size:0;line-height:0">&nbsp;</td>` +
    `</tr></table>`
  );
}

function chart(title: string, lines: readonly Line[], withPrevious: boolean): string {
  const shown = lines.filter((line) => line.value > 0 || (line.previous ?? 0) > 0);
  if (shown.length === 0) return `<h3>${escapeHtml(title)}</h3><p>None.</p>`;
  const max = Math.max(1, ...shown.map((line) => Math.max(line.value, line.previous ?? 0)));
  const rows = shown
    .map((line) => {
      const previous =
        withPrevious && line.previous !== undefined ? `<td align="right" style="color:#555">${line.previous}</td>` : '';
      const bars = bar(line.value, max, COLOUR) + (withPrevious ? bar(line.previous ?? 0, max, PREVIOUS_COLOUR) : '');
      return (
        `<tr><td style="padding:2px 8px 2px 0">${escapeHtml(line.label)}</td>` +
        `<td align="right"><strong>${line.value}</strong></td>${previous}<td style="padding-left:8px">${bars}</td></tr>`
      );
    })
    .join('');
  const head = withPrevious
    ? '<tr><th></th><th align="right">This term</th><th align="right">Last term</th><th></th></tr>'
    : '';
  return `<h3>${escapeHtml(title)}</h3><table role="presentation" cellpadding="2" cellspacing="0">${head}${rows}</table>`;
}

function textTable(title: string, lines: readonly Line[], withPrevious: boolean): string[] {
  const shown = lines.filter((line) => line.value > 0 || (line.previous ?? 0) > 0);
  if (shown.length === 0) return [title, '  none', ''];
  return [
    title,
    ...shown.map(
      (line) =>
        `  ${line.label}: ${line.value}${withPrevious && line.previous !== undefined ? ` (last term ${line.previous})` : ''}`,
    ),
    '',
  ];
}

function changeText(total: Change, hasPrevious: boolean): string {
  if (!hasPrevious) return 'No previous term in the calendar to compare with.';
  if (total.change === 0) return `The same as last term (${total.previous}).`;
  return `${signed(total.change)} on last term (${total.previous}).`;
}

export function summaryEmail(
  summary: TermSummary,
  school: SchoolInfo,
): { subject: string; html: string; text: string } {
  const term = summary.term.term.name;
  const hasPrevious = summary.previousTerm !== undefined;
  const subject = `${school.name}: online safety incidents, ${term} (${plural(summary.total.current, 'incident', 'incidents')})`;
  const categories: Line[] = CATEGORIES.map((category) => ({
    label: category.label,
    value: summary.byCategory[category.id].current,
    previous: hasPrevious ? summary.byCategory[category.id].previous : undefined,
  }));
  const years: Line[] = [...YEAR_GROUPS, 'none' as const].map((group) => ({
    label: group === 'none' ? 'No pupil involved' : group === 'Unknown' ? 'Year group not known' : group,
    value: summary.byYearGroup[group],
  }));
  const locations: Line[] = LOCATIONS.map((location) => ({
    label: locationLabel(location),
    value: summary.byLocation[location],
  }));
  const severities: Line[] = SEVERITIES.map((severity) => ({ label: severity, value: summary.bySeverity[severity] }));

  const close =
    summary.daysToClose.median === undefined
      ? 'No incident from this term has been closed yet.'
      : `Time to close: median ${summary.daysToClose.median} days, mean ${summary.daysToClose.mean} days (${plural(summary.closed, 'incident', 'incidents')} closed, ${summary.open} still open).`;
  const actions = `Open actions across the log: ${summary.openActions}, of which overdue: ${summary.overdueActions}.`;
  const late =
    `${plural(summary.reportedAfterTerm, 'incident', 'incidents')} of this term ${summary.reportedAfterTerm === 1 ? 'was' : 'were'} reported after it ended. ` +
    `${plural(summary.lateReportsReceived, 'report', 'reports')} received this term concerned events in earlier terms and ${summary.lateReportsReceived === 1 ? 'is' : 'are'} counted in those terms.`;
  const rules =
    'Incidents are counted in the term in which they happened (holidays count with the following term), so figures for earlier terms can change when incidents are reported late; last term is shown as the log stands today. ' +
    'An incident involving pupils in several year groups counts once in each. This summary contains no names.';
  const period = `${summary.term.from} to ${summary.term.to}`;
  const headline = `${plural(summary.total.current, 'incident', 'incidents')} recorded (${period}). ${changeText(summary.total, hasPrevious)}`;

  const text = [
    `Online safety incidents: ${term}, ${school.name}`,
    '',
    headline,
    close,
    actions,
    late,
    '',
    ...textTable('By category', categories, hasPrevious),
    ...textTable('By year group', years, false),
    ...textTable('By location', locations, false),
    ...textTable('By severity', severities, false),
    rules,
  ].join('\n');

  const html =
    `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">` +
    `<h2>Online safety incidents: ${escapeHtml(term)}</h2>` +
    `<p>${escapeHtml(school.name)}${school.website ? ` · <a href="${escapeHtml(school.website)}">${escapeHtml(school.website)}</a>` : ''}</p>` +
    `<p><strong>${escapeHtml(headline)}</strong></p>` +
    `<p>${escapeHtml(close)}<br>${escapeHtml(actions)}<br>${escapeHtml(late)}</p>` +
    chart('By category', categories, hasPrevious) +
    chart('By year group', years, false) +
    chart('By location', locations, false) +
    chart('By severity', severities, false) +
    `<p style="color:#555;font-size:12px">${escapeHtml(rules)}</p>` +
    `</div>`;
  return { subject, html, text };
}
