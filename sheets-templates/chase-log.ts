/** Chase Log: which overdue actions were chased on which day, so no action is chased twice a day. */
import { CHASE_LOG_COLUMNS, type SheetTemplate } from '../core/incidents';
import { inOrder } from './columns';

export const CHASE_LOG_SHEET: SheetTemplate = {
  name: 'Chase Log',
  description: 'One row per overdue action chased per day. Written by the script; may be hidden.',
  columns: inOrder(CHASE_LOG_COLUMNS, {
    actionId: { header: 'Action', type: 'text', width: 160 },
    date: { header: 'Chased on', type: 'date', width: 100 },
  }),
  frozenRows: 1,
  frozenColumns: 0,
  protection: { editors: 'script-only', description: 'Chase Log: written by the script only.' },
  conditionalFormats: [],
};
