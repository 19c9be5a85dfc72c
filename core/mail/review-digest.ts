/**
 * The daily digest of the review queue: which new flags go to whom. Concerns about a member of staff go
 * to the profile's case manager (usually the headteacher), everything else to the DSL, as KCSIE routes
 * allegations about adults away from the safeguarding line. A digest never goes to anyone who is a party
 * of a flag it lists (the member of staff, the pupil, a parent copied in): when the first choice is a
 * party, the next person in line receives that flag, and a flag with nobody left is held back, not sent.
 */
import { createPeople, mailboxKey, type People } from '../people';
import type { ResolvedProfile } from '../policy';
import { SEVERITIES, type Severity } from './message';
import type { ReviewEntry, ReviewStatus } from './review-types';

export type DigestAudience = 'case-manager' | 'dsl';

export interface DigestStaffGroup {
  /** The member of staff the flags are about (their school address where known); undefined when none is. */
  readonly staff: string | undefined;
  /** Oldest first. */
  readonly entries: readonly ReviewEntry[];
}

export interface DigestSeverityGroup {
  readonly severity: Severity;
  readonly staff: readonly DigestStaffGroup[];
}

/** One email of the digest: its recipient and the flags it lists. */
export interface DigestMessage {
  readonly to: readonly string[];
  readonly audience: DigestAudience;
  /** The recipient is not the first choice, who is a party of one of these flags. */
  readonly fallback: boolean;
  /** Most severe first; within a severity, by member of staff. */
  readonly groups: readonly DigestSeverityGroup[];
  /** The entries listed, to mark digested once this email has gone. */
  readonly keys: readonly string[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly school: DigestSchool;
}

export interface DigestSchool {
  readonly name: string;
  readonly timeZone: string;
  /** When the digest was planned (ISO 8601). */
  readonly at: string;
  /** Flags awaiting review in the whole queue, these included. */
  readonly awaitingReview: number;
  readonly lado?: ResolvedProfile['contacts']['lado'];
}

export interface DigestPlan {
  readonly messages: readonly DigestMessage[];
  /** New flags nobody can be sent (no contact in the profile, or every contact is a party): kept for the next run. */
  readonly unrouted: readonly ReviewEntry[];
  /** The whole queue, by status. */
  readonly queue: Readonly<Record<ReviewStatus, number>>;
}

export interface DigestOptions {
  /** The directory, so a personal address counts as its owner (for grouping and for keeping them off the list). */
  readonly people?: People;
}

/** The member of staff a flag concerns, and whether it is about their conduct (routed to the case manager). */
export function staffConcern(
  entry: ReviewEntry,
  people: People,
): { readonly staff: string | undefined; readonly aboutStaff: boolean } {
  const flag = entry.flag;
  const owner = (address: string) => people.personOf(address)?.email ?? address;
  if (flag.from !== '' && people.roleOf(flag.from) === 'staff') return { staff: owner(flag.from), aboutStaff: true };
  // The checker recognised a member of staff's personal address by name or directory: the conduct is theirs.
  if (flag.rules.includes('staff-personal-account')) {
    const parties = [flag.from, ...flag.to].filter((a) => a !== '');
    const known = parties.find((a) => people.roleOf(a) === 'staff');
    const personal = parties.find((a) => !people.isSchoolAddress(a) && !['pupil', 'parent'].includes(people.roleOf(a)));
    const staff = known ?? personal;
    return { staff: staff !== undefined ? owner(staff) : undefined, aboutStaff: true };
  }
  const recipient = flag.to.find((a) => people.roleOf(a) === 'staff');
  return { staff: recipient !== undefined ? owner(recipient) : undefined, aboutStaff: false };
}

/** Everyone a flag is about or was sent to, with the school address behind any personal one. */
function partiesOf(entry: ReviewEntry, people: People): Set<string> {
  const parties = new Set<string>();
  for (const address of [entry.flag.from, ...entry.flag.to]) {
    if (address === '') continue;
    parties.add(mailboxKey(address));
    const person = people.personOf(address);
    if (person) {
      parties.add(mailboxKey(person.email));
      for (const personal of person.personalEmails) parties.add(mailboxKey(personal));
    }
  }
  return parties;
}

/** Who may receive a flag, in order; the first one who is not a party gets it. */
function candidates(profile: ResolvedProfile, aboutStaff: boolean): string[] {
  const c = profile.contacts;
  const list = aboutStaff
    ? c.caseManager !== undefined
      ? [c.caseManager, c.headteacher, c.chairOfGovernors, c.dsl, ...c.deputyDsl]
      : [c.dsl, c.headteacher, c.chairOfGovernors, ...c.deputyDsl]
    : [c.dsl, ...c.deputyDsl, c.headteacher];
  return [...new Set(list.filter((a): a is string => a !== undefined))];
}

const SEVERITY_DESC: readonly Severity[] = [...SEVERITIES].reverse();

function byDate(a: ReviewEntry, b: ReviewEntry): number {
  return a.flag.date.localeCompare(b.flag.date) || a.key.localeCompare(b.key);
}

/**
 * The digest for the entries not yet digested. Decided entries are included too (the case manager sees
 * what the DSL closed about staff); entries already digested only count towards the totals.
 */
export function planDigest(
  entries: readonly ReviewEntry[],
  now: Date,
  profile: ResolvedProfile,
  options: DigestOptions = {},
): DigestPlan {
  const people = options.people ?? createPeople(profile);
  const queue: Record<ReviewStatus, number> = { new: 0, 'no-concern': 0, escalated: 0 };
  for (const e of entries) queue[e.status] += 1;

  interface Routed {
    entry: ReviewEntry;
    staff: string | undefined;
  }
  const byRecipient = new Map<string, { audience: DigestAudience; fallback: boolean; routed: Routed[] }>();
  const unrouted: ReviewEntry[] = [];
  for (const entry of [...entries].filter((e) => e.digestedAt === undefined).sort(byDate)) {
    const { staff, aboutStaff } = staffConcern(entry, people);
    const parties = partiesOf(entry, people);
    if (staff !== undefined) parties.add(mailboxKey(staff));
    const line = candidates(profile, aboutStaff);
    const recipient = line.find((a) => !parties.has(mailboxKey(a)));
    if (recipient === undefined) {
      unrouted.push(entry);
      continue;
    }
    const audience: DigestAudience = aboutStaff ? 'case-manager' : 'dsl';
    const key = `${audience} ${recipient}`;
    const slot = byRecipient.get(key) ?? { audience, fallback: false, routed: [] };
    slot.fallback ||= recipient !== line[0];
    slot.routed.push({ entry, staff });
    byRecipient.set(key, slot);
  }

  const school: DigestSchool = {
    name: profile.school.name,
    timeZone: profile.school.timezone,
    at: now.toISOString(),
    awaitingReview: queue.new,
    ...(profile.contacts.lado !== undefined ? { lado: profile.contacts.lado } : {}),
  };
  const messages = [...byRecipient.entries()]
    .map(([key, slot]): DigestMessage => {
      const recipient = key.slice(key.indexOf(' ') + 1);
      const counts: Record<Severity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
      for (const r of slot.routed) counts[r.entry.flag.severity] += 1;
      const groups = SEVERITY_DESC.map((severity): DigestSeverityGroup => {
        const staff = new Map<string, ReviewEntry[]>();
        for (const r of slot.routed.filter((x) => x.entry.flag.severity === severity)) {
          const list = staff.get(r.staff ?? '') ?? [];
          list.push(r.entry);
          staff.set(r.staff ?? '', list);
        }
        return {
          severity,
          staff: [...staff.entries()]
            // Staff by address; flags about no member of staff last.
            .sort(([a], [b]) => Number(a === '') - Number(b === '') || a.localeCompare(b))
            .map(([address, list]) => ({ staff: address === '' ? undefined : address, entries: list })),
        };
      }).filter((g) => g.staff.length > 0);
      return {
        to: [recipient],
        audience: slot.audience,
        fallback: slot.fallback,
        groups,
        keys: slot.routed.map((r) => r.entry.key),
        counts,
        school,
      };
    })
    // The case manager's email first: allegations about adults are the most time-critical.
    .sort((a, b) => Number(a.audience !== 'case-manager') - Number(b.audience !== 'case-manager'));
  return { messages, unrouted, queue };
}
