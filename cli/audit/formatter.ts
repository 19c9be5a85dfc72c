import type { SharingReport } from '../../core/report/sharing-report';
import { auditCsv } from './format-csv';
import { auditHtml } from './format-html';
import { auditJsonl } from './format-jsonl';
import { auditTable } from './format-table';

export const AUDIT_FORMATS = ['jsonl', 'table', 'csv', 'html'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** The whole report as text in one format; an audit's output is its end state, so nothing streams. */
export function renderAudit(format: AuditFormat, report: SharingReport): string {
  switch (format) {
    case 'jsonl':
      return auditJsonl(report);
    case 'csv':
      return auditCsv(report);
    case 'table':
      return auditTable(report);
    case 'html':
      return auditHtml(report);
  }
}
