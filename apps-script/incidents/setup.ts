/**
 * setup() for the incident log, safe to run any number of times. It adopts what exists (by the ids
 * stored last time; on first run, the spreadsheet this script is bound to) and creates only what is
 * missing: the restricted log with its sheets, the report form, and the triggers. Each run also puts
 * sharing and protections back to the DSL team, so running it again is also how to repair them.
 */
import { dslTeam, type FormDefinition } from '../../core/incidents';
import type { ResolvedProfile } from '../../core/policy';
import { INCIDENT_REPORT_FORM } from '../../forms';
import { INCIDENT_SPREADSHEET } from '../../sheets-templates';
import { PROPERTY, readProperty, writeProperty } from '../platform/properties';
import { applyConditionalFormats, ensureSheet, formatSheet, protectSheet } from '../sheets/apply-template';
import { ColumnMap } from '../sheets/column-map';
import { mailCheckEditors } from '../mail/setup';
import { removeViewers, restrictEditors } from '../sheets/restrict';
import { buildForm, type ItemMap } from './form-builder';
import { ensureTriggers, type TriggerChanges } from './triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface IncidentSetup {
  readonly logUrl: string;
  readonly formUrl: string;
  /** The link staff use to report. */
  readonly formPublishedUrl: string;
  readonly createdLog: boolean;
  readonly createdForm: boolean;
  readonly triggers: TriggerChanges;
  /** Accounts removed from the log or the form because they are not in the DSL team. */
  readonly removedAccess: readonly string[];
  readonly warnings: readonly string[];
}

function tryOpen<T>(open: () => T): T | undefined {
  try {
    return open();
  } catch {
    return undefined;
  }
}

function adoptLog(): { spreadsheet: Spreadsheet; created: boolean } {
  const stored = readProperty(PROPERTY.incidentLogId);
  const byId = stored === undefined ? undefined : tryOpen(() => SpreadsheetApp.openById(stored));
  if (byId) return { spreadsheet: byId, created: false };
  const container = SpreadsheetApp.getActiveSpreadsheet();
  if (container) {
    container.rename(INCIDENT_SPREADSHEET.title);
    return { spreadsheet: container, created: false };
  }
  return { spreadsheet: SpreadsheetApp.create(INCIDENT_SPREADSHEET.title), created: true };
}

function adoptForm(definition: FormDefinition): { form: GoogleAppsScript.Forms.Form; created: boolean } {
  const stored = readProperty(PROPERTY.incidentFormId);
  const byId = stored === undefined ? undefined : tryOpen(() => FormApp.openById(stored));
  if (byId) return { form: byId, created: false };
  return { form: FormApp.create(definition.title), created: true };
}

function storedItems(): ItemMap {
  const text = readProperty(PROPERTY.incidentFormItems);
  if (text === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as ItemMap) : {};
  } catch {
    return {};
  }
}

/** The default empty "Sheet1" of a new spreadsheet is clutter once the log's sheets exist. */
function dropEmptyDefaultSheet(spreadsheet: Spreadsheet): void {
  const ours = new Set(INCIDENT_SPREADSHEET.sheets.map((sheet) => sheet.name));
  for (const sheet of spreadsheet.getSheets()) {
    if (/^Sheet\d+$/.test(sheet.getName()) && !ours.has(sheet.getName()) && sheet.getLastRow() === 0) {
      if (spreadsheet.getSheets().length > 1) spreadsheet.deleteSheet(sheet);
    }
  }
}

function applySheets(spreadsheet: Spreadsheet, team: readonly string[], runner: string): void {
  for (const template of INCIDENT_SPREADSHEET.sheets) {
    const sheet = ensureSheet(spreadsheet, template);
    const columns = ColumnMap.of(sheet, template);
    formatSheet(sheet, template, (key) => columns.column(key));
    applyConditionalFormats(sheet, template.conditionalFormats);
    protectSheet(sheet, template, { team, runner });
  }
  dropEmptyDefaultSheet(spreadsheet);
  const chaseLog = spreadsheet.getSheetByName('Chase Log');
  if (chaseLog && !chaseLog.isSheetHidden()) chaseLog.hideSheet();
}

function contactWarnings(profile: ResolvedProfile): string[] {
  const warnings: string[] = [];
  const { contacts, calendar } = profile;
  if (!contacts.dsl)
    warnings.push('contacts.dsl is not set: alerts go to the headteacher and only you can open the log');
  if (contacts.governors.length === 0) warnings.push('contacts.governors is empty: no termly summary can be sent');
  if (calendar.terms.length === 0) warnings.push('calendar.terms is empty: termly summaries cannot be worked out');
  return warnings;
}

export function setupIncidents(profile: ResolvedProfile): IncidentSetup {
  const runner = Session.getEffectiveUser().getEmail().toLowerCase();
  if (runner === '')
    throw new Error('setup could not read your account address: run it signed in to the school account');
  const team = dslTeam(profile.contacts);
  const allowed = [...new Set([...team, runner])];
  const warnings = contactWarnings(profile);
  if (!team.includes(runner)) {
    warnings.push(`${runner} ran setup but is not in the DSL team, so can open the log: run setup as the DSL instead`);
  }

  const { spreadsheet, created: createdLog } = adoptLog();
  spreadsheet.setSpreadsheetTimeZone(profile.school.timezone);
  applySheets(spreadsheet, team, runner);
  const owner = tryOpen(() => spreadsheet.getOwner()?.getEmail().toLowerCase());
  // The monitoring mailbox adds rows to the Review sheet, so it keeps access to the log (not to the form).
  const logAccess = restrictEditors(spreadsheet, [...allowed, ...mailCheckEditors()], owner);
  const viewersRemoved = removeViewers(spreadsheet, owner);
  writeProperty(PROPERTY.incidentLogId, spreadsheet.getId());

  const { form, created: createdForm } = adoptForm(INCIDENT_REPORT_FORM);
  const build = buildForm(form, INCIDENT_REPORT_FORM, storedItems());
  warnings.push(...build.warnings);
  writeProperty(PROPERTY.incidentFormId, form.getId());
  writeProperty(PROPERTY.incidentFormItems, JSON.stringify(build.items));
  // Form editors can read every response: they must be the same people as the log's.
  const formAccess = restrictEditors(form, allowed, createdForm ? runner : undefined);

  const kept = [...logAccess.kept, ...formAccess.kept];
  if (kept.length > 0)
    warnings.push(`${kept.length} account(s) could not be removed from the log or form: check Share`);
  if (owner !== undefined && owner !== runner && !team.includes(owner)) {
    warnings.push('the log is owned by someone outside the DSL team: transfer ownership to a DSL team account');
  }
  warnings.push('check Share > General access on the log and the form says "Restricted"');
  if (SpreadsheetApp.getActiveSpreadsheet() === null) {
    warnings.push('this script is not bound to the log, so the Online safety menu cannot appear there');
  }

  const triggers = ensureTriggers(form.getId(), profile.school.timezone);
  return {
    logUrl: spreadsheet.getUrl(),
    formUrl: form.getEditUrl(),
    formPublishedUrl: form.getPublishedUrl(),
    createdLog,
    createdForm,
    triggers,
    removedAccess: [...new Set([...logAccess.removed, ...viewersRemoved, ...formAccess.removed])],
    warnings,
  };
}
