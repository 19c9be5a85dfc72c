import { sortRows, type SharingReport } from '../../core/report/sharing-report';

/** One CONTRACTS §5 line per exposed item, with exactly the contract's fields. */
export function auditJsonl(report: SharingReport): string {
  return sortRows(report.rows)
    .map(
      (r) =>
        JSON.stringify({
          provider: r.provider,
          fileId: r.fileId,
          name: r.name,
          owner: r.owner,
          exposure: r.exposure,
          sensitive: r.sensitive,
          risk: r.risk,
        }) + '\n',
    )
    .join('');
}
