/**
 * runSharingAudit(): one slice of the audit, from the time trigger setup installs (or the editor's Run
 * button). Slices must not overlap, or two would read the same page and race on the cursor; a lease in
 * a script property, taken under the script lock for a moment only, keeps a second one out without
 * holding the lock that incident submissions wait for.
 */
import { withScriptLock } from '../platform/lock';
import { loadProfile } from '../platform/profile';
import { accessTokens, credentialsConfigured, CredentialsError } from './access-tokens';
import { AuditSheet } from './audit-sheet';
import { DEFAULT_BUDGET_MS, DEFAULT_HARD_LIMIT_MS, runSlice, type SliceOutcome } from './audit-slice';
import { DriveInventory } from './drive-inventory';
import { appsScriptClock, type SliceClock } from './google-http';
import { mailAppNoticeMailer, type NoticeMailer } from './owner-notices';
import { AUDIT_PROPERTY, apiRoot, readAuditProperty, writeAuditProperty, deleteAuditProperty } from './settings';

export interface SliceOptions {
  readonly clock?: SliceClock;
  /** Start no new page after this long; default 4.5 minutes. */
  readonly budgetMs?: number;
  /** Where owner notices go; default MailApp. */
  readonly mailer?: NoticeMailer;
}

export type RunOutcome = SliceOutcome | { readonly skipped: string };

const SETUP_DOC = 'docs/google-sharing-audit-apps-script.md';

export function openAuditSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const id = readAuditProperty(AUDIT_PROPERTY.spreadsheetId);
  if (id === undefined) throw new Error('the sharing audit spreadsheet has not been created: run setup');
  return SpreadsheetApp.openById(id);
}

/** The administrator impersonated for Directory and shared drives: the profile's, else whoever runs this. */
export function auditAdmin(googleAdmin: string | undefined): string {
  const admin = googleAdmin ?? Session.getEffectiveUser().getEmail();
  if (admin === '')
    throw new Error('contacts.googleAdmin is not set in the profile and the running account is unknown');
  return admin.toLowerCase();
}

export function runSharingAuditSlice(options: SliceOptions = {}): RunOutcome {
  const clock = options.clock ?? appsScriptClock;
  const startedAt = clock.now();
  const profile = loadProfile();
  if (!credentialsConfigured()) {
    throw new CredentialsError(
      `the sharing audit has no credentials: set script property ${AUDIT_PROPERTY.serviceAccountKey} (see ${SETUP_DOC})`,
    );
  }
  const leaseUntil = startedAt + DEFAULT_HARD_LIMIT_MS + 30_000;
  const taken = withScriptLock(() => {
    const held = Number(readAuditProperty(AUDIT_PROPERTY.lease) ?? '0');
    if (Number.isFinite(held) && held > startedAt) return false;
    writeAuditProperty(AUDIT_PROPERTY.lease, String(leaseUntil));
    return true;
  });
  if (!taken) return { skipped: 'another slice of the sharing audit is still running' };
  try {
    const spreadsheet = openAuditSpreadsheet();
    const { domains } = profile;
    const inventory = new DriveInventory({
      root: apiRoot(),
      tokens: accessTokens(),
      admin: auditAdmin(profile.contacts.googleAdmin),
      schoolDomains: [...domains.staff, ...domains.pupils, ...domains.parents],
      retry: { clock, deadline: startedAt + DEFAULT_HARD_LIMIT_MS },
    });
    const outcome = runSlice({
      profile,
      inventory,
      sheet: AuditSheet.open(spreadsheet),
      mailer: options.mailer ?? mailAppNoticeMailer(`Online safety (${profile.school.name})`),
      clock,
      startedAt,
      budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
    });
    SpreadsheetApp.flush();
    return outcome;
  } finally {
    withScriptLock(() => {
      if (readAuditProperty(AUDIT_PROPERTY.lease) === String(leaseUntil)) deleteAuditProperty(AUDIT_PROPERTY.lease);
    });
  }
}
