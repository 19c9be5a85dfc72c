import { sortRows, type SharingReport } from '../../core/report/sharing-report';
import { alignColumns } from '../text-table';

/** The terminal overview: one row per exposed item, then the fix and the run's summary. */
export function auditTable(report: SharingReport): string {
  const rows = sortRows(report.rows);
  const parts: string[] = [];
  if (rows.length === 0) parts.push('No item is shared outside the policy.\n');
  else
    parts.push(
      alignColumns(
        ['RISK', 'ITEM', 'OWNER', 'EXPOSURE', 'SENSITIVE', 'NEW'],
        rows.map((r) => [
          r.risk,
          r.name,
          r.owner,
          r.exposure.join(', '),
          report.scanContent ? r.sensitive.join(', ') || '-' : 'not scanned',
          r.isNew ? 'new' : '',
        ]),
      ),
    );
  if (report.fix) {
    const verb = report.fix.dryRun ? 'would remove (dry run: add --yes)' : 'removed';
    parts.push(`\nFix ${verb}:\n`);
    parts.push(
      report.fix.rows.length === 0
        ? '  nothing at this risk level\n'
        : alignColumns(
            ['RISK', 'ITEM', 'OWNER', 'LINK', 'OUTCOME'],
            report.fix.rows.map((r) => [
              r.risk,
              r.name,
              r.owner,
              r.removed,
              r.error ? `${r.outcome}: ${r.error}` : r.outcome,
            ]),
          ),
    );
  }
  if (report.failures.length > 0)
    parts.push(
      '\nCould not be audited:\n' +
        alignColumns(
          ['DRIVE', 'REASON'],
          report.failures.map((f) => [f.scope, f.error]),
        ),
    );
  return parts.join('');
}
