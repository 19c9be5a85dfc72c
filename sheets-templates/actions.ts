/** The Actions sheet: what must be done for each incident, by whom, by when. */
import { ACTION_COLUMNS, type SheetTemplate } from '../core/incidents';
import { dataRange, inOrder, letterOf } from './columns';

const columns = inOrder(ACTION_COLUMNS, {
  id: { header: 'Action', type: 'text', width: 140, note: 'Incident reference / number, e.g. OS-2026-0042/1.' },
  reference: { header: 'Incident', type: 'text', width: 120 },
  description: { header: 'What', type: 'longtext', width: 320 },
  owner: { header: 'Owner (email)', type: 'email', width: 200, note: 'Chased by email once a day when overdue.' },
  due: { header: 'Due', type: 'date', width: 100 },
  done: { header: 'Done', type: 'date', width: 100, note: 'Enter the date done; chasing stops.' },
});

const due = letterOf(columns, 'due');
const done = letterOf(columns, 'done');

export const ACTIONS_SHEET: SheetTemplate = {
  name: 'Actions',
  description: 'Actions on incidents: owner, due date and date done. Overdue actions are chased daily.',
  columns,
  frozenRows: 1,
  frozenColumns: 1,
  protection: { editors: 'dsl-team', description: 'Actions: DSL team only.' },
  conditionalFormats: [
    {
      id: 'overdue',
      range: dataRange(columns),
      formula: `=AND($${due}2<>"",$${due}2<TODAY(),$${done}2="")`,
      format: { background: '#f4c7c3', fontColor: '#8a1c12', bold: true },
      description: 'Overdue: due before today and not done.',
    },
    {
      id: 'due-today',
      range: dataRange(columns),
      formula: `=AND($${due}2<>"",$${due}2=TODAY(),$${done}2="")`,
      format: { background: '#fce8b2' },
      description: 'Due today and not done.',
    },
  ],
};
