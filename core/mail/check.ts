/**
 * The staff–pupil mail check: one message in, one flag (or nothing) out. Pure and synchronous, so the
 * same checker runs in the `sos` command, an Azure Function and Apps Script. Everything that does not
 * depend on the message (patterns, the directory's name index, the clock) is built once per checker; per
 * message, rules whose parties cannot match are skipped before the text is read.
 */
import type { People } from '../people';
import type { ResolvedProfile } from '../policy';
import { readBody, type MailBody } from './body';
import type { Evidence } from './evidence';
import { localClock, type LocalTime } from './local-time';
import { SEVERITIES, type MailFlag, type MailMessage, type MailRuleId, type Severity } from './message';
import { createNameIndex } from './names';
import { createPartyResolver, type Parties } from './parties';
import { createPupilNameFinder } from './pupil-names';
import type { CheckEnv, MailRule, RuleContext } from './rule';
import { MAIL_RULES } from './rules';
import { combinedSeverity } from './severity';

export interface MailChecker {
  check(msg: MailMessage): MailFlag | null;
}

export interface MailCheckerOptions {
  /** Rules to run; all by default. */
  readonly rules?: readonly MailRuleId[];
}

/** Evidence lines kept per rule, and per message (each rule's first line comes before any second). */
const PER_RULE = 2;
const PER_MESSAGE = 10;

export function createMailChecker(
  profile: ResolvedProfile,
  people: People,
  options: MailCheckerOptions = {},
): MailChecker {
  const wanted = options.rules ? new Set(options.rules) : null;
  const rules = MAIL_RULES.filter((r) => !wanted || wanted.has(r.id));
  const env: CheckEnv = {
    profile,
    people,
    resolver: createPartyResolver(people, profile.domains.pupils, createNameIndex(people.entries)),
    schoolName: schoolNamePattern(profile.school.name),
    pupilNames: createPupilNameFinder(people.entries),
  };
  const clock = localClock(profile.school.timezone);

  return {
    check(msg) {
      let parties = env.resolver.parties(msg);
      let ctx = new MessageContext(msg, parties, env, clock);
      // An unknown outside sender writing to a pupil: the sign-off may show it is a member of staff.
      const sender = parties.sender;
      if (
        sender &&
        !sender.school &&
        sender.role === 'unknown' &&
        (parties.pupils.length > 0 || parties.pupilGroups.length > 0)
      ) {
        const staff = env.resolver.signedAsStaff(sender, `${sender.name ?? ''}\n${ctx.body.own}`);
        if (staff) {
          parties = env.resolver.parties(msg, staff);
          ctx = new MessageContext(msg, parties, env, clock);
        }
      }
      const found = new Map<MailRuleId, Severity>();
      const quoted: string[][] = [];
      for (const rule of rules) {
        if (!rule.applies(ctx)) continue;
        const items = rule.check(ctx);
        if (items.length === 0) continue;
        found.set(rule.id, ruleSeverity(rule, items));
        quoted.push(items.slice(0, PER_RULE).map((item) => `${rule.id}: ${item.text}`));
      }
      if (found.size === 0) return null;
      return {
        messageId: msg.messageId,
        rules: MAIL_RULES.map((r) => r.id).filter((id) => found.has(id)),
        severity: combinedSeverity(found),
        from: parties.sender?.address ?? '',
        to: [...msg.to, ...msg.cc, ...msg.bcc].map((a) => a.address),
        date: msg.date?.iso ?? '',
        evidence: interleave(quoted, PER_MESSAGE),
      };
    },
  };
}

/** Every rule's first line of evidence before any rule's second, up to `max` lines. */
function interleave(lists: readonly string[][], max: number): string[] {
  const out: string[] = [];
  for (let round = 0; out.length < max; round++) {
    const before = out.length;
    for (const list of lists) if (round < list.length && out.length < max) out.push(list[round]!);
    if (out.length === before) break;
  }
  return out;
}

function ruleSeverity(rule: MailRule, items: readonly Evidence[]): Severity {
  let severity = rule.severity;
  for (const item of items) if (item.severity && rank(item.severity) > rank(severity)) severity = item.severity;
  return severity;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** The school's name as words in any spacing and case; null for a name too short to be telling. */
function schoolNamePattern(name: string): RegExp | null {
  const words = name
    .split(/[^A-Za-z0-9']+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.join('').length < 4) return null;
  return new RegExp(`\\b${words.join('[\\s-]*')}\\b`, 'i');
}

/** What a rule is given; the body and local time are worked out on first use. */
class MessageContext implements RuleContext {
  private bodyCache: MailBody | undefined;
  private timeCache: LocalTime | null | undefined;

  constructor(
    readonly msg: MailMessage,
    readonly parties: Parties,
    readonly env: CheckEnv,
    private readonly clock: (iso: string) => LocalTime | null,
  ) {}

  get body(): MailBody {
    if (this.bodyCache === undefined) this.bodyCache = readBody(this.msg);
    return this.bodyCache;
  }

  get localTime(): LocalTime | null {
    if (this.timeCache === undefined) this.timeCache = this.msg.date ? this.clock(this.msg.date.iso) : null;
    return this.timeCache;
  }
}
