/**
 * sendTermlySummary: core's summary over the log. From the daily trigger it sends once after a term
 * ends; from the menu, for a term someone names (or the current one), even if sent before.
 */
import { localDate, sendTermSummary, termOf, type SummaryOutcome, type Term } from '../../core/incidents';
import { withScriptLockAsync } from '../platform/lock';
import { incidentContext } from './context';
import { sheetSummaryStore } from './summary-store';

export async function runTermlySummary(termName?: string): Promise<SummaryOutcome> {
  const context = incidentContext();
  return withScriptLockAsync(() =>
    sendTermSummary({
      incidents: context.incidents,
      actions: context.actions,
      summaries: sheetSummaryStore(context.spreadsheet),
      mailer: context.mailer,
      clock: context.clock,
      profile: context.profile,
      ...(termName === undefined ? {} : { termName }),
    }),
  );
}

/** The term "now" means from the menu: the one today counts in, else the latest that has started. */
export function currentTerm(terms: readonly Term[], now: Date, timeZone: string): Term | undefined {
  const today = localDate(now, timeZone);
  const started = terms.filter((term) => term.start <= today);
  return termOf(today, terms) ?? started[started.length - 1];
}
