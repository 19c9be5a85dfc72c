/** Needs Attention: reports that failed validation, kept whole until the DSL logs them by hand. */
import { NEEDS_ATTENTION_COLUMNS, type SheetTemplate } from '../core/incidents';
import { dataRange, inOrder, letterOf } from './columns';

const columns = inOrder(NEEDS_ATTENTION_COLUMNS, {
  receivedAt: { header: 'Received', type: 'datetime', width: 140 },
  source: { header: 'From', type: 'text', width: 120 },
  errors: { header: 'What needs fixing', type: 'longtext', width: 320 },
  raw: { header: 'The report as received', type: 'longtext', width: 480, note: 'Kept whole: nothing is dropped.' },
  resolvedAs: {
    header: 'Logged as',
    type: 'text',
    width: 120,
    note: 'The incident reference once this report has been logged.',
  },
  notes: { header: 'Notes', type: 'longtext', width: 220 },
});

const resolvedAs = letterOf(columns, 'resolvedAs');

export const NEEDS_ATTENTION_SHEET: SheetTemplate = {
  name: 'Needs Attention',
  description: 'Reports the script could not log. Each must be logged by hand or explained.',
  columns,
  frozenRows: 1,
  frozenColumns: 0,
  protection: { editors: 'dsl-team', description: 'Needs Attention: DSL team only.' },
  conditionalFormats: [
    {
      id: 'unresolved',
      range: dataRange(columns),
      formula: `=$${resolvedAs}2=""`,
      format: { background: '#f4c7c3' },
      description: 'Not yet logged.',
    },
  ],
};
