/**
 * The governors' termly summary: anonymised counts, never names.
 *
 * Counting rules (stated in the email too):
 * - An incident belongs to the term in which it OCCURRED, not when it was reported: the governors
 *   monitor what happened in a term. So a later report can change an earlier term's figures; each
 *   summary recomputes the previous term from the log as it is now, and says how many of its own
 *   incidents were reported after the term ended and how many late reports about earlier terms arrived.
 * - Holidays belong to the term that FOLLOWS them: a term's period runs from the day after the previous
 *   term ended to its own last day. The summary is sent when a term ends, so every day up to then is
 *   in a summary already sent or in this one. Days before the first term and after the last are in none.
 * - Dates are school-local calendar days (the profile's time zone).
 * - Year groups: an incident counts once in each year group involved ("none" when no pupil was).
 * - Closed and time to close are as at `now`; open actions are across the whole log, not just this term.
 */
import { CATEGORIES } from './categories';
import { textCell } from './cells';
import { locationLabel } from './choices';
import { yearGroupsOf } from './incident';
import { daysBetween, localDate } from './time';
import type {
  CategoryId,
  CellValue,
  Change,
  Incident,
  Location,
  Severity,
  SummaryInput,
  Term,
  TermPeriod,
  TermSummary,
  YearGroup,
} from './types';
import { CATEGORY_IDS, LOCATIONS, SEVERITIES, YEAR_GROUPS } from './types';

function nextDay(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

/** The terms in date order, each with the days it counts. */
export function termPeriods(terms: readonly Term[]): TermPeriod[] {
  const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
  return sorted.map((term, index) => ({
    term,
    from: index === 0 ? term.start : nextDay(sorted[index - 1]!.end),
    to: term.end,
  }));
}

function periodOf(date: string, periods: readonly TermPeriod[]): TermPeriod | undefined {
  return periods.find((period) => period.from <= date && date <= period.to);
}

/** The term a school-local date ("YYYY-MM-DD") counts in, holidays counting in the following term. */
export function termOf(date: string, terms: readonly Term[]): Term | undefined {
  return periodOf(date, termPeriods(terms))?.term;
}

/**
 * The term whose summary is due on `today`: the most recent term that has ended, unless it has been
 * summarised already. Older terms are never back-filled, so installing mid-year sends one summary, not six.
 */
export function termToSummarise(
  today: string,
  terms: readonly Term[],
  summarised: readonly string[],
): Term | undefined {
  const ended = termPeriods(terms).filter((period) => period.to < today);
  const latest = ended[ended.length - 1];
  return latest && !summarised.includes(latest.term.name) ? latest.term : undefined;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function change(current: number, previous: number): Change {
  return { current, previous, change: current - previous };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : round1((sorted[middle - 1]! + sorted[middle]!) / 2);
}

export function termlySummary(input: SummaryInput): TermSummary {
  const periods = termPeriods(input.terms);
  const index = periods.findIndex((period) => period.term.name === input.termName);
  if (index < 0) throw new Error('the term to summarise is not among the profile’s calendar.terms');
  const period = periods[index]!;
  const previousPeriod = index > 0 ? periods[index - 1] : undefined;
  const zone = input.timeZone;
  const today = localDate(input.now, zone);

  const occurredIn = (incident: Incident) => localDate(incident.occurredAt, zone);
  const inPeriod = (date: string, p: TermPeriod | undefined) => !!p && p.from <= date && date <= p.to;
  const current = input.incidents.filter((incident) => inPeriod(occurredIn(incident), period));
  const previous = input.incidents.filter((incident) => inPeriod(occurredIn(incident), previousPeriod));

  const countBy = (list: readonly Incident[], category: CategoryId) =>
    list.filter((incident) => incident.category === category).length;
  const byCategory = Object.fromEntries(
    CATEGORY_IDS.map((category) => [category, change(countBy(current, category), countBy(previous, category))]),
  ) as Record<CategoryId, Change>;

  const byYearGroup = zeros<YearGroup | 'none'>([...YEAR_GROUPS, 'none']);
  const byLocation = zeros<Location>(LOCATIONS);
  const bySeverity = zeros<Severity>(SEVERITIES);
  const closeDays: number[] = [];
  let reportedAfterTerm = 0;
  for (const incident of current) {
    const groups = yearGroupsOf(incident.pupils);
    for (const group of groups.length > 0 ? groups : (['none'] as const)) byYearGroup[group] += 1;
    byLocation[incident.location] += 1;
    bySeverity[incident.severity] += 1;
    const reported = localDate(incident.reportedAt, zone);
    if (reported > period.to) reportedAfterTerm += 1;
    // Closed "as of now": replaying the log for an earlier date gives the figures of that date.
    if (incident.closure && Date.parse(incident.closure.closedAt) <= input.now.getTime())
      closeDays.push(Math.max(0, daysBetween(reported, localDate(incident.closure.closedAt, zone))));
  }
  const lateReportsReceived = input.incidents.filter(
    (incident) => inPeriod(localDate(incident.reportedAt, zone), period) && occurredIn(incident) < period.from,
  ).length;

  const openActions = input.actions.filter((action) => action.done === '');
  const mean =
    closeDays.length > 0 ? round1(closeDays.reduce((sum, days) => sum + days, 0) / closeDays.length) : undefined;

  return {
    term: period,
    previousTerm: previousPeriod,
    generatedAt: input.now.toISOString(),
    total: change(current.length, previous.length),
    byCategory,
    byYearGroup,
    byLocation,
    bySeverity,
    reportedAfterTerm,
    lateReportsReceived,
    closed: closeDays.length,
    open: current.length - closeDays.length,
    daysToClose: { median: median(closeDays), mean },
    openActions: openActions.length,
    overdueActions: openActions.filter((action) => action.due < today).length,
  };
}

export const SUMMARY_COLUMNS = [
  'term',
  'from',
  'to',
  'generatedAt',
  'incidents',
  'previousTermIncidents',
  'change',
  'reportedAfterTerm',
  'lateReportsReceived',
  'closed',
  'open',
  'medianDaysToClose',
  'meanDaysToClose',
  'openActions',
  'overdueActions',
  'byCategory',
  'byYearGroup',
  'byLocation',
  'bySeverity',
] as const;

function counts(entries: readonly (readonly [string, number])[]): string {
  return entries
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${label}: ${count}`)
    .join('; ');
}

/** The Summaries sheet row, in `SUMMARY_COLUMNS` order: counts only. */
export function summaryRow(summary: TermSummary): CellValue[] {
  const cells: CellValue[] = [
    summary.term.term.name,
    summary.term.from,
    summary.term.to,
    summary.generatedAt,
    summary.total.current,
    summary.total.previous,
    summary.total.change,
    summary.reportedAfterTerm,
    summary.lateReportsReceived,
    summary.closed,
    summary.open,
    summary.daysToClose.median ?? '',
    summary.daysToClose.mean ?? '',
    summary.openActions,
    summary.overdueActions,
    counts(CATEGORIES.map((category) => [category.label, summary.byCategory[category.id].current] as const)),
    counts(
      [...YEAR_GROUPS, 'none' as const].map(
        (group) => [group === 'none' ? 'No pupil' : group, summary.byYearGroup[group]] as const,
      ),
    ),
    counts(LOCATIONS.map((location) => [locationLabel(location), summary.byLocation[location]] as const)),
    counts(SEVERITIES.map((severity) => [severity, summary.bySeverity[severity]] as const)),
  ];
  // Term names come from the profile; they still go through the formula guard like any text cell.
  return cells.map((cell) => (typeof cell === 'string' ? textCell(cell) : cell));
}
