import { sortRows, type SharingReport } from '../../core/report/sharing-report';
import { findingJsonLine } from '../../core/sharing/findings';

/** One CONTRACTS §5 line per exposed item, with exactly the contract's fields. */
export function auditJsonl(report: SharingReport): string {
  return sortRows(report.rows)
    .map((r) => findingJsonLine(r) + '\n')
    .join('');
}
