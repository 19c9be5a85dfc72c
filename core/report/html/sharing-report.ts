import type { RiskLevel } from '../../sharing/types';
import {
  countBy,
  EXPOSURE_LABELS,
  sortRows,
  type FixRow,
  type SharingReport,
  type SharingReportRow,
} from '../sharing-report';
import { TYPE_LABELS } from '../type-labels';
import { barChartSvg } from './bar-chart';
import { columnChartSvg } from './column-chart';
import { html, type SafeHtml } from './escape';
import { page, section } from './layout';
import { dataTable, statCards } from './tables';

/** First-actions list length: the few things IT should do today. */
const FIRST_ACTIONS = 10;

/** The `sos audit google --format html` report: leads with what IT should do first. */
export function sharingReportHtml(report: SharingReport): string {
  const rows = sortRows(report.rows);
  const count = (risk: RiskLevel) => rows.filter((r) => r.risk === risk).length;
  const body = html`${statCards([
    { label: 'Exposed items', value: rows.length, alert: rows.length > 0 },
    { label: 'Critical', value: count('critical'), alert: count('critical') > 0 },
    { label: 'High', value: count('high'), alert: count('high') > 0 },
    { label: 'New since last run', value: rows.filter((r) => r.isNew).length },
    { label: 'Fixed since last run', value: report.fixedSinceLastRun.length },
    { label: 'Drives audited', value: report.scopesAudited },
  ])}
  ${firstActions(rows, report)} ${charts(rows, report)} ${fixSection(report)} ${findingsTable(rows, report)}
  ${fixedSection(report)} ${failures(report)}`;
  const provider = report.provider === 'google' ? 'Google Drive' : 'OneDrive and SharePoint';
  return page({
    title: `${provider} sharing audit`,
    subtitle:
      `Generated ${report.generatedAt} by sos audit ${report.provider} (${report.mode} run` +
      `${report.complete ? '' : ', not finished: run again to complete'})`,
    body,
    footer:
      'File names and owners are personal data: store and share this report as your data protection policy requires. ' +
      'No file content is shown: sensitive data is named by type only.',
  });
}

function firstActions(rows: readonly SharingReportRow[], report: SharingReport): SafeHtml {
  const urgent = rows.filter((r) => r.risk === 'critical' || r.risk === 'high').slice(0, FIRST_ACTIONS);
  if (rows.length === 0) {
    return section(
      'What to do first',
      html`<p>Nothing is shared outside the policy. Keep the nightly audit running.</p>`,
    );
  }
  const items = (urgent.length > 0 ? urgent : rows.slice(0, FIRST_ACTIONS)).map(
    (r) =>
      html`<li>
        <span class="chip ${r.risk}">${r.risk}</span> <strong>${r.name}</strong> (${r.owner}): ${action(r)}
        ${r.sensitive.length > 0 ? html`<br /><span class="note">Holds: ${r.sensitive.map((t) => TYPE_LABELS[t]).join(', ')}</span>` : ''}
      </li>`,
  );
  const fixHint = report.fix
    ? ''
    : html`<p class="note">
        <code>sos audit google --fix</code> lists the anonymous and public links it would remove; add
        <code>--yes</code> to remove them. Every removal is logged and can be put back.
      </p>`;
  return section(
    'What to do first',
    html`<ol class="todo">
        ${items}
      </ol>
      ${fixHint}`,
  );
}

function action(r: SharingReportRow): string {
  const parts: string[] = [];
  if (r.exposure.includes('anyone-public'))
    parts.push('make it private: it is public on the web and can be found by search');
  else if (r.exposure.includes('anyone-with-link'))
    parts.push('remove the "anyone with the link" access: anyone who gets the link can open it');
  if (r.exposure.includes('external-user')) parts.push('check that each person outside the school should have access');
  if (r.exposure.includes('domain-link') && parts.length === 0)
    parts.push('restrict to named people: everyone in the school can open it with the link');
  return parts.join('; ') + '.';
}

function charts(rows: readonly SharingReportRow[], report: SharingReport): SafeHtml {
  if (rows.length === 0 && report.trend.length < 2) return html``;
  const byExposure = countBy(rows, (r) => r.exposure);
  const byGroup = countBy(rows, (r) => [r.ownerGroup]);
  const exposureChart = barChartSvg(
    (Object.keys(EXPOSURE_LABELS) as (keyof typeof EXPOSURE_LABELS)[]).map((id) => ({
      label: EXPOSURE_LABELS[id],
      value: byExposure.get(id) ?? 0,
    })),
    { title: 'Exposed items by type of exposure', unit: ['item', 'items'] },
  );
  const groupChart = barChartSvg(
    (['staff', 'pupil', 'shared drive', 'other'] as const).map((g) => ({
      label: g === 'pupil' ? 'Pupils' : g === 'staff' ? 'Staff' : g === 'shared drive' ? 'Shared drives' : 'Other',
      value: byGroup.get(g) ?? 0,
    })),
    { title: 'Exposed items by owner group', unit: ['item', 'items'] },
  );
  const trend =
    report.trend.length >= 2
      ? section(
          'Trend across runs',
          columnChartSvg(
            report.trend.slice(-20).map((t) => ({ label: t.at.slice(5, 16).replace('T', ' '), value: t.open })),
            { title: 'Open exposed items after each run' },
          ),
          'Open exposed items after each run (last 20 runs).',
        )
      : html``;
  return html`${section('Exposure by type', exposureChart, 'An item can have more than one kind of exposure.')}
  ${section('Exposure by owner group', groupChart)} ${trend}`;
}

function fixSection(report: SharingReport): SafeHtml {
  const fix = report.fix;
  if (!fix) return html``;
  const title = fix.dryRun ? 'Fix: what would be removed (dry run)' : 'Fix: what was removed';
  const note = fix.dryRun
    ? `Links on items at or above ${fix.minRisk} risk. Nothing has been changed: run again with --yes to remove them.`
    : `Removed links on items at or above ${fix.minRisk} risk; ${fix.ownersNotified} owner(s) were emailed. Each removal is logged and can be put back.`;
  const table =
    fix.rows.length === 0
      ? html`<p>Nothing to remove at this risk level.</p>`
      : dataTable<FixRow>(
          [
            { header: 'Risk', cell: (r) => html`<span class="chip ${r.risk}">${r.risk}</span>` },
            { header: 'Item', cell: (r) => r.name, className: 'file' },
            { header: 'Owner', cell: (r) => r.owner },
            { header: 'Link removed', cell: (r) => r.removed },
            { header: 'Outcome', cell: (r) => (r.error ? `${r.outcome}: ${r.error}` : r.outcome) },
          ],
          fix.rows,
        );
  const notFixable =
    fix.notFixable.length === 0
      ? html``
      : html`<h3>Not fixed automatically</h3>
          ${dataTable(
            [
              { header: 'Item', cell: (r: (typeof fix.notFixable)[number]) => r.name, className: 'file' },
              { header: 'Why', cell: (r: (typeof fix.notFixable)[number]) => r.reason },
            ],
            fix.notFixable,
          )}`;
  return section(title, html`${table}${notFixable}`, note);
}

function findingsTable(rows: readonly SharingReportRow[], report: SharingReport): SafeHtml {
  if (rows.length === 0) return html``;
  return section(
    'Every exposed item, most urgent first',
    dataTable<SharingReportRow>(
      [
        { header: 'Risk', cell: (r) => html`<span class="chip ${r.risk}">${r.risk}</span>` },
        {
          header: 'Item',
          cell: (r) => html`${r.name}${r.isNew ? html` <span class="new">new</span>` : ''}`,
          className: 'file',
        },
        { header: 'Owner', cell: (r) => html`${r.owner}<br /><span class="note">${r.ownerGroup}</span>` },
        { header: 'Exposure', cell: (r) => r.exposure.map((e) => EXPOSURE_LABELS[e]).join('; ') },
        {
          header: 'Sensitive data',
          cell: (r) =>
            report.scanContent
              ? r.sensitive.length
                ? r.sensitive.map((t) => TYPE_LABELS[t]).join('; ')
                : 'none found'
              : 'not scanned',
        },
        { header: 'First seen', cell: (r) => r.firstSeen.slice(0, 10) },
      ],
      rows,
    ),
    report.scanContent
      ? 'Sensitive data comes from scanning the content of exposed items; values are never shown.'
      : 'Content was not scanned: add --scan-content to see which exposed items hold pupils\u2019 data.',
  );
}

function fixedSection(report: SharingReport): SafeHtml {
  if (report.fixedSinceLastRun.length === 0) return html``;
  return section(
    'Fixed since the last run',
    dataTable(
      [
        { header: 'Item', cell: (r: SharingReport['fixedSinceLastRun'][number]) => r.name, className: 'file' },
        { header: 'Owner', cell: (r: SharingReport['fixedSinceLastRun'][number]) => r.owner },
        {
          header: 'Fixed',
          cell: (r: SharingReport['fixedSinceLastRun'][number]) => r.fixedAt.slice(0, 16).replace('T', ' '),
        },
      ],
      report.fixedSinceLastRun,
    ),
  );
}

function failures(report: SharingReport): SafeHtml {
  if (report.failures.length === 0 && report.contentErrors === 0) return html``;
  const note =
    report.contentErrors > 0
      ? `${report.contentErrors} exposed item(s) could not be read for the content scan; they are still listed above.`
      : undefined;
  return section(
    'Could not be audited',
    report.failures.length === 0
      ? html``
      : dataTable(
          [
            { header: 'Drive', cell: (r: SharingReport['failures'][number]) => r.scope },
            { header: 'Reason', cell: (r: SharingReport['failures'][number]) => r.error },
          ],
          report.failures,
        ),
    note ?? 'These drives were skipped this run; their earlier findings are kept until they can be read again.',
  );
}
