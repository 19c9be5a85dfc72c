/**
 * Every sheet the incident log needs, as data: `setup()` applies them with SpreadsheetApp, and the same
 * definitions export to .xlsx for Microsoft 365 schools. All live in one spreadsheet that only the DSL
 * team can open: the form writes to it through the script, never as a linked response sheet, so
 * reporters have no route to it.
 */
import type { SheetTemplate, SpreadsheetTemplate } from '../core/incidents';
import { ACTIONS_SHEET } from './actions';
import { CHASE_LOG_SHEET } from './chase-log';
import { INCIDENT_LOG_SHEET } from './incident-log';
import { NEEDS_ATTENTION_SHEET } from './needs-attention';
import { SUMMARIES_SHEET } from './summaries';

export { ACTIONS_SHEET, CHASE_LOG_SHEET, INCIDENT_LOG_SHEET, NEEDS_ATTENTION_SHEET, SUMMARIES_SHEET };
export { columnLetter, letterOf, dataRange } from './columns';

export const INCIDENT_SPREADSHEET: SpreadsheetTemplate = {
  id: 'incident-log',
  title: 'Online safety incident log (DSL team only)',
  access: 'dsl-team',
  sheets: [INCIDENT_LOG_SHEET, ACTIONS_SHEET, NEEDS_ATTENTION_SHEET, SUMMARIES_SHEET, CHASE_LOG_SHEET],
};

export const SHEET_TEMPLATES: readonly SheetTemplate[] = INCIDENT_SPREADSHEET.sheets;
