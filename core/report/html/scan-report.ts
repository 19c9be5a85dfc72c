import type { Finding } from '../../sensitive/types';
import {
  filesPerType,
  rankByRisk,
  totalOccurrences,
  type FileError,
  type RankedFile,
  type ScanReport,
} from '../scan-report';
import { TYPE_LABELS } from '../type-labels';
import { barChartSvg } from './bar-chart';
import { html, type SafeHtml } from './escape';
import { page, section } from './layout';
import { dataTable, statCards } from './tables';

/** The `sos scan --format html` report: one self-contained page for the DSL or the IT technician. */
export function scanReportHtml(report: ScanReport): string {
  const { summary } = report;
  const ranked = rankByRisk(report.files);
  const body = html`${statCards([
    { label: 'Files scanned', value: summary.filesScanned },
    { label: 'Files with findings', value: summary.filesWithFindings, alert: summary.filesWithFindings > 0 },
    { label: 'Occurrences found', value: totalOccurrences(report.files) },
    { label: 'Read errors', value: summary.errors },
    { label: 'Skipped (unsupported)', value: summary.skipped },
  ])}
  ${scope(report)} ${chart(report)} ${rankedFiles(ranked)} ${errors(report)} ${skipped(report)}`;
  return page({
    title: 'Sensitive personal data scan',
    subtitle: `Generated ${summary.generatedAt} by sos scan`,
    body,
    footer:
      'Examples are masked: no full identifier, date of birth or sensitive phrase is shown. The report still ' +
      'describes personal data (file names and where they are): store and share it as your data protection policy requires.',
  });
}

function scope(report: ScanReport): SafeHtml {
  const s = report.summary;
  return section(
    'Scope',
    html`<dl class="scope">
      <dt>Paths scanned</dt>
      <dd>${s.paths.join(', ')}</dd>
      <dt>Minimum confidence</dt>
      <dd>${s.minConfidence}</dd>
      <dt>Generated</dt>
      <dd>${s.generatedAt}</dd>
    </dl>`,
  );
}

function chart(report: ScanReport): SafeHtml {
  const data = filesPerType(report.files);
  if (data.length === 0) {
    return section(
      'Findings by type',
      html`<p>No sensitive data was found at or above ${report.summary.minConfidence} confidence.</p>`,
    );
  }
  return section(
    'Findings by type',
    barChartSvg(
      data.map((d) => ({ label: TYPE_LABELS[d.type], value: d.files })),
      { title: 'Number of files containing each type of sensitive data', unit: ['file', 'files'] },
    ),
    'Number of files in which each type was found.',
  );
}

function rankedFiles(ranked: readonly RankedFile[]): SafeHtml {
  if (ranked.length === 0) return html``;
  return section(
    'Files ranked by risk',
    dataTable<RankedFile>(
      [
        { header: '#', cell: (_r, i) => i + 1, numeric: true },
        { header: 'Risk', cell: (r) => html`<span class="chip ${r.band}">${r.band}</span> ${r.score}` },
        { header: 'File', cell: (r) => r.file, className: 'file' },
        { header: 'Found (masked examples)', cell: (r) => findingList(r.findings) },
      ],
      ranked,
    ),
    'Risk = type weight × confidence × count (dampened). Special-category and safeguarding data weigh most; contact details least. Review the top of this list first.',
  );
}

function findingList(findings: readonly Finding[]): SafeHtml {
  return html`<ul class="findings">
    ${findings.map(
      (f) =>
        html`<li>
          <strong>${TYPE_LABELS[f.type]}</strong> <span class="conf ${f.confidence}">${f.confidence} confidence</span> ×
          ${f.count} ${f.examples.map((e) => html`<code>${e}</code>`)}
        </li>`,
    )}
  </ul>`;
}

function errors(report: ScanReport): SafeHtml {
  if (report.errors.length === 0) return html``;
  return section(
    'Files that could not be read',
    dataTable<FileError>(
      [
        { header: 'File', cell: (r) => r.file, className: 'file' },
        { header: 'Reason', cell: (r) => r.error },
      ],
      report.errors,
    ),
    'These files were not scanned: check them by hand or fix the reason and scan again.',
  );
}

function skipped(report: ScanReport): SafeHtml {
  const rows = Object.entries(report.summary.skippedByExtension).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return html``;
  return section(
    'Skipped files (type not supported)',
    dataTable<[string, number]>(
      [
        { header: 'Extension', cell: ([ext]) => (ext === '' ? '(none)' : ext) },
        { header: 'Files', cell: ([, n]) => n, numeric: true },
      ],
      rows,
    ),
  );
}
