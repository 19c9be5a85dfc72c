/**
 * checkOverdueActions, platform-neutral. Each email's actions are recorded in the chase log as soon as
 * that email is sent, so a run stopped half way (Apps Script's time limit, a throttled mailer) and run
 * again chases only what it had not chased today.
 */
import type { ResolvedProfile } from '../policy';
import { chaseEmails, overdueActions } from './actions';
import { localDate } from './time';
import { dslTeam } from './triage';
import type { ActionStore, ChaseLog, Clock, Mailer } from './types';

export interface ChaseDeps {
  readonly actions: ActionStore;
  readonly chaseLog: ChaseLog;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly profile: Pick<ResolvedProfile, 'school' | 'contacts'>;
  /** Link to the Actions sheet or list. */
  readonly link: string;
}

export interface ChaseOutcome {
  /** School-local date of the run. */
  readonly today: string;
  /** Actions chased by this run. */
  readonly chased: number;
  readonly emails: number;
  /** Emails that failed to send; their actions stay unchased and are tried again on the next run. */
  readonly failures: number;
}

export async function chaseOverdueActions(deps: ChaseDeps): Promise<ChaseOutcome> {
  const { school, contacts } = deps.profile;
  const today = localDate(deps.clock.now(), school.timezone);
  const [actions, log] = await Promise.all([deps.actions.list(), deps.chaseLog.chasedOn(today)]);
  const overdue = overdueActions(actions, today, log);
  const emails = chaseEmails(overdue, { schoolName: school.name, link: deps.link, fallback: dslTeam(contacts) });
  const chased = new Set<string>();
  let sent = 0;
  let failures = 0;
  for (const email of emails) {
    try {
      await deps.mailer.send(email.message);
    } catch {
      failures += 1;
      continue;
    }
    sent += 1;
    const fresh = email.actionIds.filter((id) => !chased.has(id));
    fresh.forEach((id) => chased.add(id));
    if (fresh.length > 0) await deps.chaseLog.record(fresh.map((actionId) => ({ actionId, date: today })));
  }
  return { today, chased: chased.size, emails: sent, failures };
}
