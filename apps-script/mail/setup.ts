/**
 * The mail check's part of setup. The DSL's setup() adds the Review and Mail Check Errors sheets to the
 * log (protected like the Incident Log, with the monitoring mailbox allowed to add rows) and, when the
 * DSL runs it as the monitoring mailbox itself, the triggers. Otherwise the monitoring mailbox runs
 * setupMailMonitoring() once: it installs the triggers under its own account and touches nothing else.
 */
import { dslTeam } from '../../core/incidents';
import type { ResolvedProfile } from '../../core/policy';
import type { TriggerChanges } from '../platform/triggers';
import { openLog } from '../incidents/resources';
import { loadProfile } from '../platform/profile';
import { applyConditionalFormats, ensureSheet, formatSheet, protectSheet } from '../sheets/apply-template';
import { ColumnMap } from '../sheets/column-map';
import { CHECKED_LABEL } from './monitor-mailbox';
import { MAIL_PROPERTY, MailMonitorError, monitorAccount } from './properties';
import { MAIL_ERRORS_SHEET, REVIEW_SHEET } from './review-sheet';
import { ensureMailTriggers } from './triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MailSetup {
  /** Whether the mail check is on (a monitoring mailbox is named). */
  readonly on: boolean;
  readonly reviewUrl: string;
  /** Trigger changes under the account that ran setup; none when it is not the monitoring mailbox. */
  readonly triggers: TriggerChanges;
  readonly warnings: readonly string[];
}

/** Accounts the log must stay shared with for the mail check: the monitoring mailbox, when there is one. */
export function mailCheckEditors(): string[] {
  try {
    const monitor = monitorAccount();
    return monitor ? [monitor] : [];
  } catch {
    return []; // a malformed property is reported by setupMail, which runs next
  }
}

function runnerAddress(): string {
  return Session.getEffectiveUser().getEmail().toLowerCase();
}

/** The Review and Mail Check Errors sheets, made to match their templates. */
export function setupReviewSheets(spreadsheet: Spreadsheet, team: readonly string[], runner: string): void {
  const editors = [...team, ...mailCheckEditors()];
  for (const template of [REVIEW_SHEET, MAIL_ERRORS_SHEET]) {
    const sheet = ensureSheet(spreadsheet, template);
    const columns = ColumnMap.of(sheet, template);
    formatSheet(sheet, template, (key) => columns.column(key));
    applyConditionalFormats(sheet, template.conditionalFormats);
    protectSheet(sheet, template, { team: editors, runner });
  }
}

export function reviewLink(spreadsheet: Spreadsheet): string {
  const sheet = spreadsheet.getSheetByName(REVIEW_SHEET.name);
  return sheet ? `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}` : spreadsheet.getUrl();
}

/** Part of setup(), after the incident log: sheets always, triggers when run as the monitoring mailbox. */
export function setupMail(profile: ResolvedProfile): MailSetup {
  const spreadsheet = openLog();
  const runner = runnerAddress();
  setupReviewSheets(spreadsheet, dslTeam(profile.contacts), runner);
  const warnings: string[] = [];
  let monitor: string | undefined;
  try {
    monitor = monitorAccount();
  } catch (error) {
    warnings.push(error instanceof Error ? error.message : String(error));
  }
  let triggers: TriggerChanges;
  if (monitor === undefined) {
    triggers = ensureMailTriggers(profile.school.timezone, false);
    warnings.push(
      `the staff–pupil email check is off: to turn it on, set the script property ${MAIL_PROPERTY.monitor} to the monitoring mailbox (see docs/google-mail-monitoring.md) and run setup again`,
    );
  } else if (monitor === runner) {
    triggers = ensureMailTriggers(profile.school.timezone);
  } else {
    // Triggers run as whoever made them: this account's would read its own mailbox.
    triggers = ensureMailTriggers(profile.school.timezone, false);
    warnings.push(
      `the staff–pupil email check reads the monitoring mailbox: sign in as ${monitor}, open Extensions > Apps Script and run setupMailMonitoring once`,
    );
  }
  return { on: monitor !== undefined, reviewUrl: reviewLink(spreadsheet), triggers, warnings };
}

/** The monitoring mailbox is the account running this; throws a clear error otherwise. */
export function requireMonitorRunner(): string {
  const monitor = monitorAccount();
  if (monitor === undefined) {
    throw new MailMonitorError(
      `the staff–pupil email check is off: script property ${MAIL_PROPERTY.monitor} is not set (see docs/google-mail-monitoring.md)`,
    );
  }
  if (runnerAddress() !== monitor) {
    throw new MailMonitorError(
      `the staff–pupil email check must run as the monitoring mailbox ${monitor}: sign in as it and run setupMailMonitoring`,
    );
  }
  return monitor;
}

/** Run once by the monitoring mailbox: its Gmail label and its triggers. The DSL's setup must come first. */
export function setupMailMonitoring(): MailSetup {
  requireMonitorRunner();
  const profile = loadProfile();
  const spreadsheet = openLog();
  if (!spreadsheet.getSheetByName(REVIEW_SHEET.name) || !spreadsheet.getSheetByName(MAIL_ERRORS_SHEET.name)) {
    throw new MailMonitorError(
      'the Review sheet is missing: the DSL must run setup (with the monitoring mailbox named) before this',
    );
  }
  // Creating the label here asks for Gmail access now, while someone is there to grant it.
  if (!GmailApp.getUserLabelByName(CHECKED_LABEL)) GmailApp.createLabel(CHECKED_LABEL);
  const triggers = ensureMailTriggers(profile.school.timezone);
  return { on: true, reviewUrl: reviewLink(spreadsheet), triggers, warnings: [] };
}
