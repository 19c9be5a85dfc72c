/**
 * setup() for the sharing audit, safe to run any number of times. Only once the school has given the
 * script a way to sign in (the service account key, docs/google-sharing-audit-apps-script.md) does it
 * adopt or create the audit spreadsheet, restrict it to IT and the runner, and install the time trigger;
 * it then checks the access once, so a missing delegation shows up at setup rather than in a trigger's
 * failure email. Without credentials it installs nothing and removes a trigger left from before.
 */
import { isClockTrigger, reconcileTriggers } from '../platform/triggers';
import type { ResolvedProfile } from '../../core/policy';
import { applyConditionalFormats, ensureSheet, formatSheet, protectSheet } from '../sheets/apply-template';
import { ColumnMap } from '../sheets/column-map';
import { removeViewers, restrictEditors } from '../sheets/restrict';
import { accessTokens, credentialsConfigured } from './access-tokens';
import { AUDIT_LOG_SHEET, AUDIT_SHEET, AUDIT_SPREADSHEET_TITLE } from './audit-templates';
import { DriveInventory } from './drive-inventory';
import { appsScriptClock } from './google-http';
import { auditAdmin } from './run-sharing-audit';
import { AUDIT_PROPERTY, apiRoot, readAuditProperty, writeAuditProperty } from './settings';

export const AUDIT_HANDLER = 'runSharingAudit';
/** Minutes between slices: a slice lasts under 6, so they never meet. */
export const AUDIT_EVERY_MINUTES = 10;

export interface SharingAuditSetup {
  readonly enabled: boolean;
  readonly url?: string;
  readonly createdSpreadsheet: boolean;
  readonly trigger: 'created' | 'kept' | 'removed' | 'none';
  readonly warnings: readonly string[];
}

export function setupSharingAudit(profile: ResolvedProfile, runner: string): SharingAuditSetup {
  if (!credentialsConfigured()) {
    const removed = ensureAuditTrigger(false);
    return {
      enabled: false,
      createdSpreadsheet: false,
      trigger: removed ? 'removed' : 'none',
      warnings: [
        `the sharing audit is off: to turn it on, set script property ${AUDIT_PROPERTY.serviceAccountKey} ` +
          '(docs/google-sharing-audit-apps-script.md) and run setup again',
      ],
    };
  }
  const warnings: string[] = [];
  const { spreadsheet, created } = adopt();
  spreadsheet.setSpreadsheetTimeZone(profile.school.timezone);
  for (const template of [AUDIT_SHEET, AUDIT_LOG_SHEET]) {
    const sheet = ensureSheet(spreadsheet, template);
    const columns = ColumnMap.of(sheet, template);
    formatSheet(sheet, template, (key) => columns.column(key));
    applyConditionalFormats(sheet, template.conditionalFormats);
    protectSheet(sheet, template, { team: [], runner });
  }
  for (const sheet of spreadsheet.getSheets()) {
    const ours = sheet.getName() === AUDIT_SHEET.name || sheet.getName() === AUDIT_LOG_SHEET.name;
    if (!ours && /^Sheet\d+$/.test(sheet.getName()) && sheet.getLastRow() === 0) spreadsheet.deleteSheet(sheet);
  }
  writeAuditProperty(AUDIT_PROPERTY.spreadsheetId, spreadsheet.getId());
  // File names and owners of exposed files are for IT (and whoever runs the audit), nobody else.
  const it = profile.contacts.it.map((address) => address.toLowerCase());
  let owner: string | undefined;
  try {
    owner = spreadsheet.getOwner()?.getEmail().toLowerCase();
  } catch {
    owner = undefined;
  }
  const access = restrictEditors(spreadsheet, [...new Set([...it, runner])], owner);
  removeViewers(spreadsheet, owner);
  if (access.kept.length > 0) warnings.push(`${access.kept.length} account(s) could not be removed from the audit`);
  if (it.length === 0) warnings.push('contacts.it is empty: only you can open the sharing audit');
  warnings.push('check Share > General access on the sharing audit says "Restricted"');
  const trigger = ensureAuditTrigger(true) ? 'created' : 'kept';
  const check = checkAccess(profile);
  if (check !== undefined) warnings.push(check);
  return { enabled: true, url: spreadsheet.getUrl(), createdSpreadsheet: created, trigger, warnings };
}

function adopt(): { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet; created: boolean } {
  const id = readAuditProperty(AUDIT_PROPERTY.spreadsheetId);
  if (id !== undefined) {
    try {
      return { spreadsheet: SpreadsheetApp.openById(id), created: false };
    } catch {
      // Deleted or no longer ours: a new one is made below.
    }
  }
  return { spreadsheet: SpreadsheetApp.create(AUDIT_SPREADSHEET_TITLE), created: true };
}

/** Exactly one clock trigger for the audit when wanted, none otherwise; true when one was created or removed. */
function ensureAuditTrigger(wanted: boolean): boolean {
  const changes = reconcileTriggers(
    [
      {
        handler: AUDIT_HANDLER,
        matches: isClockTrigger,
        create: () => ScriptApp.newTrigger(AUDIT_HANDLER).timeBased().everyMinutes(AUDIT_EVERY_MINUTES).create(),
      },
    ],
    wanted,
  );
  return changes.created.length > 0 || changes.removed > 0;
}

/** One Directory page as the admin: proves the key, the delegation and the admin's rights together. */
function checkAccess(profile: ResolvedProfile): string | undefined {
  try {
    const now = appsScriptClock.now();
    new DriveInventory({
      root: apiRoot(),
      tokens: accessTokens(),
      admin: auditAdmin(profile.contacts.googleAdmin),
      schoolDomains: [],
      retry: { clock: appsScriptClock, deadline: now + 60_000, maxAttempts: 2 },
    }).listUsers();
    return undefined;
  } catch (error) {
    return `the sharing audit cannot read the Directory yet: ${error instanceof Error ? error.message : String(error)}`;
  }
}
