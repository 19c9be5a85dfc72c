/**
 * The Apps Script entry points. Every export here becomes a top-level function of the built project
 * (scripts/build-apps-script.mjs), because Apps Script can only call top-level functions: triggers,
 * menu items and google.script.run all find their function by name. Nothing here runs on load.
 */
import { INCIDENT_SPREADSHEET } from '../sheets-templates';
import { storeProfile } from './platform/profile';
import { addAction, type AddActionResult } from './incidents/add-action';
import { closeFromDialog, type CloseInput, type CloseOutcome } from './incidents/close';
import { openAddActionDialog, openCloseIncidentDialog, sendSummaryFromMenu } from './incidents/menu-actions';
import { runOverdueChase } from './incidents/overdue';
import { setupIncidents, type IncidentSetup } from './incidents/setup';
import { handleIncidentSubmit } from './incidents/submit';
import { runTermlySummary } from './incidents/termly-summary';
import { addOnlineSafetyMenu } from './menu';

export interface SetupResult {
  readonly incidents: IncidentSetup;
}

/**
 * Idempotent install. `profile` (an object or JSON text) replaces the stored SOS_PROFILE; without it,
 * the stored one is used. From the editor's Run button or the menu it takes no argument.
 */
export function setup(profile?: unknown): SetupResult {
  // Only a profile counts (JSON text, or an object with `school`): whatever else a caller passes is ignored.
  const given =
    typeof profile === 'string' || (typeof profile === 'object' && profile && 'school' in profile)
      ? profile
      : undefined;
  const resolved = storeProfile(given);
  const incidents = setupIncidents(resolved);
  console.log(
    [
      `${INCIDENT_SPREADSHEET.title}: ${incidents.logUrl}`,
      `Incident report form (send this link to staff): ${incidents.formPublishedUrl}`,
      `Triggers created: ${incidents.triggers.created.join(', ') || 'none'}; removed: ${incidents.triggers.removed}`,
      `Accounts removed from the log or form: ${incidents.removedAccess.length}`,
      ...incidents.warnings.map((warning) => `Check: ${warning}`),
    ].join('\n'),
  );
  return { incidents };
}

export function onOpen(): void {
  addOnlineSafetyMenu();
}

export function onIncidentSubmit(e: unknown): Promise<unknown> {
  return handleIncidentSubmit(e);
}

export function sendTermlySummary(): Promise<unknown> {
  return runTermlySummary();
}

export function checkOverdueActions(): Promise<unknown> {
  return runOverdueChase();
}

export function menuAddAction(): void {
  openAddActionDialog();
}

export function menuCloseIncident(): void {
  openCloseIncidentDialog();
}

export function menuSendTermlySummary(): Promise<void> {
  return sendSummaryFromMenu();
}

/** google.script.run from the "Add an action" dialog. */
export function submitAddAction(input: unknown): AddActionResult {
  return addAction(input);
}

/** google.script.run from the "Close an incident" dialog. */
export function submitCloseIncident(input: CloseInput): CloseOutcome {
  return closeFromDialog(input);
}
