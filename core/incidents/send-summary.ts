/**
 * sendTermlySummary, platform-neutral. On a daily trigger it sends once, after a term ends; from the
 * menu a named term can be sent again. The email goes before the Summaries row is written: if the
 * row then fails the next run sends again (a duplicate), where the other order could lose the summary.
 */
import type { ResolvedProfile } from '../policy';
import { summaryRow, termlySummary, termToSummarise } from './summary';
import { summaryEmail } from './summary-email';
import { localDate } from './time';
import type { ActionStore, Clock, IncidentStore, Mailer, SummaryStore, TermSummary } from './types';

export interface SummaryDeps {
  readonly incidents: Pick<IncidentStore, 'list'>;
  readonly actions: ActionStore;
  readonly summaries: SummaryStore;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly profile: Pick<ResolvedProfile, 'school' | 'contacts' | 'calendar'>;
  /** From the menu: summarise this term now, even if it was summarised before. */
  readonly termName?: string;
}

export type SummaryOutcome =
  | { readonly sent: false; readonly reason: string }
  | { readonly sent: true; readonly term: string; readonly summary: TermSummary; readonly recipients: number };

export async function sendTermSummary(deps: SummaryDeps): Promise<SummaryOutcome> {
  const { school, contacts, calendar } = deps.profile;
  const now = deps.clock.now();
  if (calendar.terms.length === 0) return { sent: false, reason: 'the profile has no calendar.terms' };
  let termName = deps.termName;
  if (termName === undefined) {
    const due = termToSummarise(
      localDate(now, school.timezone),
      calendar.terms,
      await deps.summaries.summarisedTerms(),
    );
    if (!due) return { sent: false, reason: 'no term has ended that is not summarised already' };
    termName = due.name;
  } else if (!calendar.terms.some((term) => term.name === termName)) {
    return { sent: false, reason: 'that term is not in the profile’s calendar.terms' };
  }
  if (contacts.governors.length === 0) return { sent: false, reason: 'the profile has no contacts.governors' };

  const [incidents, actions] = await Promise.all([deps.incidents.list(), deps.actions.list()]);
  const summary = termlySummary({
    incidents,
    actions,
    terms: calendar.terms,
    termName,
    timeZone: school.timezone,
    now,
  });
  const email = summaryEmail(summary, { name: school.name, ...(school.website ? { website: school.website } : {}) });
  await deps.mailer.send({ to: [...contacts.governors], ...email });
  await deps.summaries.append(summaryRow(summary));
  return { sent: true, term: termName, summary, recipients: contacts.governors.length };
}
