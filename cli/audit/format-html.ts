import { sharingReportHtml } from '../../core/report/html/sharing-report';
import type { SharingReport } from '../../core/report/sharing-report';

export function auditHtml(report: SharingReport): string {
  return sharingReportHtml(report);
}
