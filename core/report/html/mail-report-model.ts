import { tzOffset } from '@date-fns/tz';
import { ALL_RULE_IDS, SEVERITIES, type MailFlag, type MailRuleId, type Severity } from '../../mail/message';
import type { ReviewStatus } from '../../mail/review-types';
import type { MailPolicySettings } from './mail-rule-text';

/**
 * What one `sos mail check` produced, in the form the review outputs (html, table) start from: each flag
 * with the people it concerns, the messages that could not be read, and the totals.
 */
export interface MailReport {
  readonly flags: readonly ReviewFlag[];
  readonly errors: readonly MailCheckError[];
  /** More errors than are listed in `errors` (the list is capped; the count is not). */
  readonly errorsNotListed: number;
  readonly summary: MailCheckSummary;
  /** Set when the report lists the review queue (`sos mail review`) rather than one check's results. */
  readonly queue?: ReviewQueueSummary;
}

/** The review queue the report was drawn from. */
export interface ReviewQueueSummary {
  /** Entries in the whole queue, by status (the report may list only some). */
  readonly counts: Readonly<Record<ReviewStatus, number>>;
  /** The status the listing was limited to, if any. */
  readonly status?: ReviewStatus;
  readonly stateFile: string;
}

/** What a reviewer recorded against a flag in the review queue. */
export interface ReviewState {
  readonly status: ReviewStatus;
  readonly reviewer?: string;
  /** ISO 8601. */
  readonly reviewedAt?: string;
  readonly note?: string;
}

/** A person in a flagged message, as the directory or the profile's domains know them. */
export interface Party {
  readonly address: string;
  readonly name?: string;
  /** The address is a personal (non-school) address the directory lists for this person. */
  readonly personal?: boolean;
  /** With `personal`: the person's school address, under which their flags are grouped. */
  readonly schoolAddress?: string;
}

export interface ReviewFlag {
  readonly flag: MailFlag;
  /** The member of staff the flag is about, when one of the parties is staff. */
  readonly staff?: Party;
  readonly pupils: readonly Party[];
  /** Where the message was found (`export.mbox, message 12`), to open it for review. */
  readonly location: string;
  /** The review queue's record for the flag, when listed from the queue. */
  readonly review?: ReviewState;
}

/** A message (or a whole file) that could not be checked, with a reason that never quotes it. */
export interface MailCheckError {
  readonly source: string;
  /** Message number in an mbox, from 1; absent for a whole file. */
  readonly index?: number;
  readonly offset?: number;
  readonly error: string;
}

export interface MailCheckSummary {
  readonly schoolName: string;
  readonly timeZone: string;
  readonly policy: MailPolicySettings;
  readonly sources: readonly string[];
  readonly messagesChecked: number;
  readonly flagged: number;
  readonly errors: number;
  /** Files that are not mail (not .mbox or .eml), by extension. */
  readonly skippedFiles: number;
  readonly generatedAt: string;
}

const SEVERITY_RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));
const RULE_ORDER = new Map<MailRuleId, number>(ALL_RULE_IDS.map((r, i) => [r, i]));

/** Most severe first (critical, high, medium, low). */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

export function severityRank(s: Severity): number {
  return SEVERITY_RANK.get(s) ?? 0;
}

/** Flags of each severity, most severe first, each group by date (oldest first); empty groups left out. */
export function flagsBySeverity(flags: readonly ReviewFlag[]): { severity: Severity; flags: ReviewFlag[] }[] {
  return SEVERITIES_DESC.map((severity) => ({
    severity,
    flags: flags.filter((f) => f.flag.severity === severity).sort(byDate),
  })).filter((g) => g.flags.length > 0);
}

export interface StaffGroup {
  /** Undefined for flags where no party is known to be staff. */
  readonly staff?: Party;
  readonly flags: readonly ReviewFlag[];
  readonly highest: Severity;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly rules: readonly MailRuleId[];
}

/**
 * Flags per member of staff (by address, personal addresses under the person's school address where the
 * directory links them), the one with the most severe flags first, then the most flags.
 */
export function flagsByStaff(flags: readonly ReviewFlag[]): StaffGroup[] {
  const groups = new Map<string, { staff?: Party; flags: ReviewFlag[] }>();
  for (const f of flags) {
    const key = f.staff ? (f.staff.schoolAddress ?? f.staff.address) : '';
    const staff: Party | undefined = f.staff && {
      address: key,
      ...(f.staff.name !== undefined ? { name: f.staff.name } : {}),
    };
    const g = groups.get(key) ?? { ...(staff ? { staff } : {}), flags: [] };
    g.flags.push(f);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => {
      const counts = { low: 0, medium: 0, high: 0, critical: 0 } as Record<Severity, number>;
      for (const f of g.flags) counts[f.flag.severity] += 1;
      const highest = SEVERITIES_DESC.find((s) => counts[s] > 0) ?? 'low';
      const rules = [...new Set(g.flags.flatMap((f) => f.flag.rules))].sort(
        (a, b) => (RULE_ORDER.get(a) ?? 0) - (RULE_ORDER.get(b) ?? 0),
      );
      return { ...g, flags: [...g.flags].sort(byDate), highest, counts, rules };
    })
    .sort(
      (a, b) =>
        Number(a.staff === undefined) - Number(b.staff === undefined) ||
        severityRank(b.highest) - severityRank(a.highest) ||
        b.flags.length - a.flags.length ||
        (a.staff?.address ?? '').localeCompare(b.staff?.address ?? ''),
    );
}

/** How many flagged messages each rule fired on: the chart's data, most first, rules in contract order on ties. */
export function flagsPerRule(flags: readonly ReviewFlag[]): { rule: MailRuleId; messages: number }[] {
  const counts = new Map<MailRuleId, number>();
  for (const f of flags) for (const r of new Set(f.flag.rules)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([rule, messages]) => ({ rule, messages }))
    .sort((a, b) => b.messages - a.messages || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0));
}

function byDate(a: ReviewFlag, b: ReviewFlag): number {
  return a.flag.date < b.flag.date ? -1 : a.flag.date > b.flag.date ? 1 : 0;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `Tue 14 Jan 2025 21:40` on the school's clock (daylight saving included): out-of-hours is judged on it,
 * so the reviewer sees the same time. An empty or unreadable date reads "date unknown".
 */
export function schoolTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (iso === '' || Number.isNaN(ms)) return 'date unknown';
  let offset: number;
  try {
    offset = tzOffset(timeZone, new Date(ms));
  } catch {
    offset = 0;
  }
  const wall = new Date(ms + offset * 60_000);
  if (Number.isNaN(wall.getTime())) return 'date unknown';
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[wall.getUTCDay()]} ${wall.getUTCDate()} ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCFullYear()} ` +
    `${p(wall.getUTCHours())}:${p(wall.getUTCMinutes())}`
  );
}
