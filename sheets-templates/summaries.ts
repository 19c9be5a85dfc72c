/** Summaries: one row per termly summary sent to governors. Counts only, no names. */
import { SUMMARY_COLUMNS, type SheetTemplate } from '../core/incidents';
import { inOrder } from './columns';

const count = (header: string, width = 90) => ({ header, type: 'number' as const, width });

const columns = inOrder(SUMMARY_COLUMNS, {
  term: { header: 'Term', type: 'text', width: 140 },
  from: { header: 'From', type: 'date', width: 100 },
  to: { header: 'To', type: 'date', width: 100 },
  generatedAt: { header: 'Generated', type: 'datetime', width: 140 },
  incidents: count('Incidents'),
  previousTermIncidents: count('Previous term'),
  change: count('Change'),
  reportedAfterTerm: count('Reported after term end', 110),
  lateReportsReceived: count('Late reports about earlier terms', 120),
  closed: count('Closed'),
  open: count('Open'),
  medianDaysToClose: count('Median days to close', 110),
  meanDaysToClose: count('Mean days to close', 110),
  openActions: count('Open actions'),
  overdueActions: count('Overdue actions'),
  byCategory: { header: 'By category', type: 'longtext', width: 300 },
  byYearGroup: { header: 'By year group', type: 'longtext', width: 200 },
  byLocation: { header: 'By location', type: 'longtext', width: 240 },
  bySeverity: { header: 'By severity', type: 'longtext', width: 160 },
});

export const SUMMARIES_SHEET: SheetTemplate = {
  name: 'Summaries',
  description: 'The termly summaries sent to governors: anonymised counts by term.',
  columns,
  frozenRows: 1,
  frozenColumns: 1,
  protection: { editors: 'script-only', description: 'Summaries: written by the script only.' },
  conditionalFormats: [],
};
