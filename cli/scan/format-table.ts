import type { ScanReport } from '../../core/report/scan-report';
import { TYPE_LABELS } from '../../core/report/type-labels';
import { alignColumns, terminalSafe } from '../text-table';
import type { ScanFormatter } from './formatter';

/** Examples shown per row: the terminal table is an overview; csv, jsonl and html carry them all. */
const TABLE_EXAMPLES = 3;

export function scanTable(report: ScanReport): string {
  const parts: string[] = [];
  if (report.files.length > 0) {
    const rows = report.files.flatMap((f) =>
      f.findings.map((x, i) => [
        i === 0 ? f.file : '',
        TYPE_LABELS[x.type],
        x.confidence,
        String(x.count),
        x.examples.slice(0, TABLE_EXAMPLES).join(', '),
      ]),
    );
    parts.push(alignColumns(['FILE', 'TYPE', 'CONFIDENCE', 'COUNT', 'EXAMPLES (masked)'], rows));
  } else {
    parts.push(`No sensitive data found at or above ${report.summary.minConfidence} confidence.\n`);
  }
  if (report.errors.length > 0) {
    parts.push(
      '\nFiles that could not be read:\n' +
        alignColumns(
          ['FILE', 'REASON'],
          report.errors.map((e) => [e.file, e.error]),
        ),
    );
  }
  const s = report.summary;
  const summary: [string, number][] = [
    ['Files scanned', s.filesScanned],
    ['Files with findings', s.filesWithFindings],
    ['Read errors', s.errors],
    ['Skipped (unsupported)', s.skipped],
  ];
  const width = Math.max(...summary.map(([label]) => label.length)) + 1;
  parts.push('\n' + summary.map(([label, n]) => `${(label + ':').padEnd(width)}  ${n}`).join('\n') + '\n');
  return parts.map(terminalSafeBlock).join('');
}

/** alignColumns already cleans cells; this covers the few free-text lines. */
function terminalSafeBlock(block: string): string {
  return block
    .split('\n')
    .map((l) => terminalSafe(l))
    .join('\n');
}

export const tableFormatter: ScanFormatter = {
  start: () => '',
  outcome: () => '',
  end: scanTable,
};
