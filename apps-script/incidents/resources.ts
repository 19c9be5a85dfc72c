/**
 * The incident log spreadsheet and the report form, found by the ids setup stored. Every entry point
 * opens them this way, so a missing setup is one clear message rather than a null deep inside.
 */
import type { SheetTemplate } from '../../core/incidents';
import {
  ACTIONS_SHEET,
  CHASE_LOG_SHEET,
  INCIDENT_LOG_SHEET,
  NEEDS_ATTENTION_SHEET,
  SUMMARIES_SHEET,
} from '../../sheets-templates';
import { PROPERTY, readProperty } from '../platform/properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class NotSetUpError extends Error {
  constructor(what: string) {
    super(`${what}: run setup first (Extensions > Apps Script > setup, or Online safety > Run setup again)`);
    this.name = 'NotSetUpError';
  }
}

export function openLog(): Spreadsheet {
  const id = readProperty(PROPERTY.incidentLogId);
  if (id === undefined) throw new NotSetUpError('the incident log has not been created');
  return SpreadsheetApp.openById(id);
}

export function openIncidentForm(): GoogleAppsScript.Forms.Form {
  const id = readProperty(PROPERTY.incidentFormId);
  if (id === undefined) throw new NotSetUpError('the incident report form has not been created');
  return FormApp.openById(id);
}

export function sheetOf(spreadsheet: Spreadsheet, template: SheetTemplate): Sheet {
  const sheet = spreadsheet.getSheetByName(template.name);
  if (!sheet) throw new NotSetUpError(`the "${template.name}" sheet is missing`);
  return sheet;
}

/** A link straight to one sheet of the log: only the DSL team can follow it. */
export function sheetLink(spreadsheet: Spreadsheet, sheet: Sheet): string {
  return `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`;
}

export const TEMPLATES = {
  log: INCIDENT_LOG_SHEET,
  actions: ACTIONS_SHEET,
  needsAttention: NEEDS_ATTENTION_SHEET,
  summaries: SUMMARIES_SHEET,
  chaseLog: CHASE_LOG_SHEET,
} as const;
