import { toCsv } from '../../core/report/csv';
import { sortRows, type SharingReport } from '../../core/report/sharing-report';

const HEADER = [
  'risk',
  'provider',
  'fileId',
  'name',
  'owner',
  'ownerGroup',
  'exposure',
  'sensitive',
  'new',
  'firstSeen',
  'lastSeen',
];

/** For a spreadsheet: lists joined with "; ", formula triggers neutralised by toCsv. */
export function auditCsv(report: SharingReport): string {
  return toCsv(
    HEADER,
    sortRows(report.rows).map((r) => [
      r.risk,
      r.provider,
      r.fileId,
      r.name,
      r.owner,
      r.ownerGroup,
      r.exposure.join('; '),
      r.sensitive.join('; '),
      r.isNew ? 'yes' : 'no',
      r.firstSeen,
      r.lastSeen,
    ]),
  );
}
