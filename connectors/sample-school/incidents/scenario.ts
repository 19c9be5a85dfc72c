/**
 * One invented incident of the sample school's year, written as a DSL would find it in a real log:
 * who reported it, what the reporter wrote, what the DSL team then did. The people are filled in from
 * the sample school's directory when the year is planned (`../incidents.ts`), so a name in a report is
 * a pupil in the directory, in the right year group.
 */
import type { Agency, Answer, CategoryId, Location } from '../../../core/incidents';

/** A post in the sample school, resolved to an address when the year is planned. */
export type Role =
  | 'dsl'
  | 'deputy'
  | 'head'
  | 'it'
  | 'pastoral'
  | 'office'
  | 'data'
  | 'dpo'
  | 'senco'
  | 'reporter'
  /** Typed as a post, not an address: the chase goes to the DSL team instead. */
  | 'head-of-year';

/** A post held by one person (or mailbox): who can report an incident. */
export type Post = Exclude<Role, 'reporter' | 'head-of-year'>;

/** Who the story is about: pupils by full name and forename, and a colleague of the reporter. */
export interface Cast {
  readonly a: string;
  readonly b: string;
  readonly c: string;
  /** Forenames of a, b and c: reports name a pupil in full once, then by first name. */
  readonly fa: string;
  readonly fb: string;
  readonly fc: string;
  /** The first pupil's year (7 to 11), or a year picked for the story when no pupil is named. */
  readonly year: number;
  /** "Mr Khan": a member of staff other than the reporter. */
  readonly colleague: string;
}

export interface Story {
  readonly description: string;
  readonly evidenceLocation: string;
  readonly actionTaken: string;
  readonly staff?: readonly string[];
  readonly external?: readonly string[];
}

export interface ScenarioAction {
  /** The Actions sheet's "What": kept free of names, as a DSL would write it for a shared sheet. */
  readonly what: string;
  readonly owner: Role;
  /** Days from the report to the due date (moved to a weekday). */
  readonly days: number;
  /** Not done by the demo's today, whatever the draw: the demo needs some actions to chase. */
  readonly stillOpen?: boolean;
}

export interface ScenarioClosure {
  readonly outcome: string;
  readonly lessonsLearnt: string;
  readonly referrals?: readonly { readonly agency: Agency; readonly reference: string }[];
  /** Set when parents or carers were not told: the reason the log must then record. */
  readonly parentsNotInformed?: string;
  readonly closedBy?: Role;
}

export interface Scenario {
  /** Undefined only for the report that left the category blank. */
  readonly category: CategoryId | undefined;
  readonly location: Location;
  /** How many pupils are named (0 to 3). */
  readonly pupils: number;
  readonly adultInvolved?: Answer;
  readonly immediateRisk?: Answer;
  readonly aboutHeadteacher?: boolean;
  /** Who reports it; a teacher or teaching assistant when not given. */
  readonly reporter?: Post;
  /** It happened the evening before the report (at home, online), not earlier the same school day. */
  readonly evening?: boolean;
  /** Reported weeks after it happened (a disclosure long after the event). */
  readonly late?: boolean;
  readonly story: (cast: Cast) => Story;
  readonly actions?: readonly ScenarioAction[];
  /** How the DSL closes it, once every action is done. */
  readonly closure?: ScenarioClosure;
  /** How the report is malformed, so that it lands in Needs Attention. */
  readonly flaw?: 'no-category' | 'unreadable-pupils';
}
