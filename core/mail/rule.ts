/**
 * The shape every rule has (one file per rule id in rules/) and what it is given to judge a message.
 * Rules are pure: the same message, profile and directory always give the same evidence.
 */
import type { People } from '../people';
import type { ResolvedProfile } from '../policy';
import type { MailBody } from './body';
import type { Evidence } from './evidence';
import type { LocalTime } from './local-time';
import type { MailMessage, MailRuleId, Severity } from './message';
import type { Parties, PartyResolver } from './parties';
import type { PupilNameFinder } from './pupil-names';

export interface CheckEnv {
  readonly profile: ResolvedProfile;
  readonly people: People;
  readonly resolver: PartyResolver;
  /** The school's own name, for telling its numbers and accounts from a person's. */
  readonly schoolName: RegExp | null;
  readonly pupilNames: PupilNameFinder;
}

export interface RuleContext {
  readonly msg: MailMessage;
  readonly parties: Parties;
  readonly env: CheckEnv;
  /** Read on first use: rules that do not apply to the message's parties never pay for it. */
  readonly body: MailBody;
  /** When the message was sent on the school's clock; null without a readable date. */
  readonly localTime: LocalTime | null;
}

export interface MailRule {
  readonly id: MailRuleId;
  /** The policy clause the rule enforces, quoted or paraphrased from the seed policies. */
  readonly clause: string;
  /** Severity of a finding on its own; combinations are raised in severity.ts. */
  readonly severity: Severity;
  /** A cheap test on the parties: false means the rule cannot apply and the text is not read. */
  applies(ctx: RuleContext): boolean;
  check(ctx: RuleContext): Evidence[];
}
