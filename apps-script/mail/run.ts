/**
 * The mail check's entry points: one slice of the check (every 15 minutes) and the daily digest. Both
 * read the profile and open the log on every run, as each Apps Script execution starts afresh.
 */
import { createMailChecker } from '../../core/mail';
import { openLog } from '../incidents/resources';
import { mailAppMailer } from '../platform/mailer';
import { loadProfile } from '../platform/profile';
import { deadlineBudget, SLICE_BUDGET_MS } from './budget';
import { runMailCheckSlice, type SliceResult } from './check-slice';
import { propertyCursor } from './cursor';
import { peopleFor } from './directory-sheet';
import { sheetMailErrorLog } from './error-log';
import { gmailMonitorMailbox } from './monitor-mailbox';
import { reviewSheetOf, sheetReviewQueue } from './review-store';
import { sendMailDigestWith, type DigestResult } from './send-digest';
import { requireMonitorRunner, reviewLink } from './setup';

export interface RunOptions {
  /** The clock the budget is measured on (Apps Script: the execution's own). */
  readonly now?: () => Date;
  readonly budgetMs?: number;
}

const systemNow = () => new Date();

export function checkMonitoringMailbox(options: RunOptions = {}): SliceResult {
  const now = options.now ?? systemNow;
  const monitor = requireMonitorRunner();
  const profile = loadProfile();
  const spreadsheet = openLog();
  const timeZone = profile.school.timezone;
  const result = runMailCheckSlice({
    mailbox: gmailMonitorMailbox(),
    checker: createMailChecker(profile, peopleFor(profile, spreadsheet)),
    queue: sheetReviewQueue(reviewSheetOf(spreadsheet), timeZone),
    errors: sheetMailErrorLog(spreadsheet, timeZone),
    cursor: propertyCursor,
    budget: deadlineBudget(() => now().getTime(), options.budgetMs ?? SLICE_BUDGET_MS),
    now,
    source: `gmail:${monitor}`,
  });
  console.log(
    `Mail check: ${result.messages} message(s) in ${result.threads} thread(s) checked, ${result.added} new flag(s), ` +
      `${result.errors} could not be read; ${result.finished ? 'nothing left to check' : 'the next slice goes on'}`,
  );
  return result;
}

export function sendDigest(options: Pick<RunOptions, 'now'> = {}): DigestResult {
  const profile = loadProfile();
  const spreadsheet = openLog();
  const result = sendMailDigestWith({
    queue: sheetReviewQueue(reviewSheetOf(spreadsheet), profile.school.timezone),
    profile,
    people: peopleFor(profile, spreadsheet),
    mailer: mailAppMailer(`Online safety (${profile.school.name})`),
    now: options.now ?? systemNow,
    link: reviewLink(spreadsheet),
  });
  console.log(
    `Mail check digest: ${result.flags} new flag(s), ${result.emailsSent} email(s) sent, ${result.emailsFailed} failed, ` +
      `${result.unrouted} with nobody who could be told`,
  );
  return result;
}
