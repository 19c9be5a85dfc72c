import { mailReportHtml } from '../../core/report/html/mail-report';
import type { MailFormatter } from './formatter';

export const htmlFormatter: MailFormatter = {
  start: () => '',
  flag: () => '',
  error: () => '',
  end: (report) => mailReportHtml(report),
};
