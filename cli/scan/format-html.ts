import { scanReportHtml } from '../../core/report/html/scan-report';
import type { ScanFormatter } from './formatter';

export const htmlFormatter: ScanFormatter = {
  start: () => '',
  outcome: () => '',
  end: (report) => scanReportHtml(report),
};
