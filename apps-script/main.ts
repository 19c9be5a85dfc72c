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
import { checkMonitoringMailbox, sendDigest } from './mail/run';
import { setupMail, setupMailMonitoring as setupMailTriggers, type MailSetup } from './mail/setup';
import type { SliceResult } from './mail/check-slice';
import type { DigestResult } from './mail/send-digest';
import { runSharingAuditSlice, type RunOutcome } from './sharing/run-sharing-audit';
import { setupSharingAudit, type SharingAuditSetup } from './sharing/setup';

export interface SetupResult {
  readonly incidents: IncidentSetup;
  readonly sharingAudit: SharingAuditSetup;
  readonly mail: MailSetup;
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
  const sharingAudit = setupSharingAudit(resolved, Session.getEffectiveUser().getEmail().toLowerCase());
  const mail = setupMail(resolved);
  console.log(
    [
      `${INCIDENT_SPREADSHEET.title}: ${incidents.logUrl}`,
      `Incident report form (send this link to staff): ${incidents.formPublishedUrl}`,
      `Triggers created: ${incidents.triggers.created.join(', ') || 'none'}; removed: ${incidents.triggers.removed}`,
      `Accounts removed from the log or form: ${incidents.removedAccess.length}`,
      ...incidents.warnings.map((warning) => `Check: ${warning}`),
      ...(sharingAudit.url ? [`Sharing audit: ${sharingAudit.url}`] : []),
      ...sharingAudit.warnings.map((warning) => `Check: ${warning}`),
      `Staff–pupil email review: ${mail.reviewUrl}`,
      ...mail.warnings.map((warning) => `Check: ${warning}`),
    ].join('\n'),
  );
  return { incidents, sharingAudit, mail };
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

/** One resumable slice of the Drive sharing audit (time trigger every 10 minutes; CONTRACTS §6). */
export function runSharingAudit(): RunOutcome {
  return runSharingAuditSlice();
}

/** One resumable slice of the staff–pupil email check (time trigger of the monitoring mailbox; CONTRACTS §6). */
export function runMailCheck(): SliceResult {
  return checkMonitoringMailbox();
}

/** The daily digest of new mail-check flags to the DSL team and case manager (time trigger, or by hand). */
export function sendMailDigest(): DigestResult {
  return sendDigest();
}

/** Run once by the monitoring mailbox after the DSL's setup: its Gmail label and the mail check's triggers. */
export function setupMailMonitoring(): MailSetup {
  return setupMailTriggers();
}
