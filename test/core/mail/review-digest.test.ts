import fc from 'fast-check';
import type { MailFlag, MailRuleId, Severity } from '../../../core/mail/message';
import { MAIL_RULE_IDS, SEVERITIES } from '../../../core/mail/message';
import { digestEmail, planDigest, type DigestMessage, type ReviewEntry } from '../../../core/mail/review';
import { mailboxKey, type People } from '../../../core/people';
import type { ResolvedProfile } from '../../../core/policy';
import { COLLEAGUE, PARENT, peopleFor, profileWith, PUPIL, PUPIL2, STAFF, STAFF_PERSONAL } from './fixture';

const DSL = 'dsl@oakfield.sch.uk';
const DEPUTY = 'deputy@oakfield.sch.uk';
const HEAD = 'head@oakfield.sch.uk';
const CHAIR = 'chair@oakfield.sch.uk';
const NOW = new Date('2025-03-06T07:00:00Z');

const contacts = (extra: Record<string, unknown> = {}) => ({
  dsl: DSL,
  deputyDsl: [DEPUTY],
  headteacher: HEAD,
  chairOfGovernors: CHAIR,
  lado: { name: 'LADO team', phone: '0161 496 0999' },
  ...extra,
});
const profile = (extra: Record<string, unknown> = {}): ResolvedProfile =>
  profileWith({}, { contacts: contacts({ caseManager: HEAD, ...extra }) });

let n = 0;
function entry(spec: Partial<MailFlag> & { status?: ReviewEntry['status']; digestedAt?: string } = {}): ReviewEntry {
  n++;
  const { status = 'new', digestedAt, ...flagSpec } = spec;
  const flag: MailFlag = {
    messageId: `m${n}@oakfield.sch.uk`,
    rules: ['secrecy'],
    severity: 'critical',
    from: STAFF,
    to: [PUPIL],
    date: `2025-03-05T${String(10 + (n % 10)).padStart(2, '0')}:00:00.000Z`,
    evidence: ['keep this between u*'],
    ...flagSpec,
  };
  return {
    key: flag.messageId,
    flag,
    source: 'file:test.mbox',
    recordedAt: '2025-03-05T23:00:00.000Z',
    status,
    ...(digestedAt !== undefined ? { digestedAt } : {}),
  };
}

const keysTo = (messages: readonly DigestMessage[], to: string) =>
  messages.filter((m) => m.to.includes(to)).flatMap((m) => m.keys);

describe('planDigest', () => {
  it('sends flags about staff to the case manager and the rest to the DSL', () => {
    const staffFlag = entry();
    const pupilFlag = entry({ rules: ['abusive-language'], severity: 'high', from: PUPIL2, to: [PUPIL] });
    const plan = planDigest([pupilFlag, staffFlag], NOW, profile(), { people: peopleFor(profile()) });
    expect(plan.messages.map((m) => [m.audience, m.to])).toEqual([
      ['case-manager', [HEAD]],
      ['dsl', [DSL]],
    ]);
    expect(keysTo(plan.messages, HEAD)).toEqual([staffFlag.key]);
    expect(keysTo(plan.messages, DSL)).toEqual([pupilFlag.key]);
    expect(plan.unrouted).toEqual([]);
  });

  it('sends everything to the DSL when the profile names no case manager', () => {
    const p = profileWith({}, { contacts: contacts() });
    const plan = planDigest([entry(), entry({ from: PUPIL2, to: [PUPIL], rules: ['abusive-language'] })], NOW, p);
    expect(plan.messages).toHaveLength(2);
    expect(plan.messages.every((m) => m.to[0] === DSL)).toBe(true);
  });

  it('lists only entries not yet digested, but counts the whole queue', () => {
    const old = entry({ digestedAt: '2025-03-05T07:00:00.000Z' });
    const decided = entry({ status: 'no-concern' });
    const fresh = entry();
    const plan = planDigest([old, decided, fresh], NOW, profile());
    expect(plan.messages.flatMap((m) => m.keys).sort()).toEqual([decided.key, fresh.key].sort());
    expect(plan.queue).toEqual({ new: 2, 'no-concern': 1, escalated: 0 });
    expect(plan.messages[0]?.school.awaitingReview).toBe(2);
  });

  it('passes over a case manager who is the member of staff concerned', () => {
    const p = profile({ caseManager: STAFF });
    const plan = planDigest([entry()], NOW, p, { people: peopleFor(p) });
    expect(plan.messages.map((m) => m.to)).toEqual([[HEAD]]);
    expect(plan.messages[0]?.fallback).toBe(true);
  });

  it('passes over the head as case manager for a flag about the head, to the chair of governors', () => {
    const plan = planDigest([entry({ from: HEAD })], NOW, profile());
    expect(plan.messages.map((m) => m.to)).toEqual([[CHAIR]]);
  });

  it('treats a personal address as its owner, for grouping and for keeping them off the list', () => {
    const p = profile({ caseManager: STAFF });
    const people = peopleFor(p);
    const plan = planDigest([entry({ from: STAFF_PERSONAL, rules: ['staff-personal-account'] })], NOW, p, { people });
    expect(plan.messages.map((m) => m.to)).toEqual([[HEAD]]);
    expect(plan.messages[0]?.groups[0]?.staff[0]?.staff).toBe(STAFF);
  });

  it('passes over a DSL who is a party of a pupil flag, to the deputy', () => {
    const plan = planDigest([entry({ rules: ['abusive-language'], from: PUPIL, to: [DSL] })], NOW, profile());
    expect(plan.messages.map((m) => m.to)).toEqual([[DEPUTY]]);
  });

  it('holds back a flag nobody can receive', () => {
    const p = profileWith({}, { contacts: { dsl: DSL } });
    const held = entry({ rules: ['abusive-language'], from: PUPIL, to: [DSL] });
    const plan = planDigest([held], NOW, p);
    expect(plan.messages).toEqual([]);
    expect(plan.unrouted).toEqual([held]);
  });

  it('groups by severity, most severe first, then by member of staff', () => {
    const a = entry({ severity: 'low', rules: ['out-of-hours'] });
    const b = entry({ severity: 'critical', from: COLLEAGUE });
    const c = entry({ severity: 'critical' });
    const d = entry({ severity: 'high', rules: ['private-channel'] });
    const plan = planDigest([a, b, c, d], NOW, profile(), { people: peopleFor(profile()) });
    const [message] = plan.messages;
    expect(
      message?.groups.map((g) => [g.severity, g.staff.map((s) => [s.staff, s.entries.map((e) => e.key)])]),
    ).toEqual([
      [
        'critical',
        [
          [STAFF, [c.key]],
          [COLLEAGUE, [b.key]],
        ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
      ],
      ['high', [[STAFF, [d.key]]]],
      ['low', [[STAFF, [a.key]]]],
    ]);
    expect(message?.counts).toEqual({ low: 1, medium: 0, high: 1, critical: 2 });
  });

  it('never sends a digest to a party of a flag it lists (any flags, any contacts)', () => {
    const pool = [STAFF, STAFF_PERSONAL, COLLEAGUE, PUPIL, PUPIL2, PARENT, DSL, DEPUTY, HEAD, CHAIR];
    const base = profileWith();
    const people: People = peopleFor(base);
    const owner = (a: string) => mailboxKey(people.personOf(a)?.email ?? a);
    const flagArb = fc.record({
      from: fc.constantFrom(...pool),
      to: fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }),
      rules: fc.subarray([...MAIL_RULE_IDS] as MailRuleId[], { minLength: 1 }),
      severity: fc.constantFrom(...(SEVERITIES as readonly Severity[])),
    });
    const contactArb = fc.record(
      {
        dsl: fc.constantFrom(...pool),
        deputyDsl: fc.array(fc.constantFrom(...pool), { maxLength: 2 }),
        headteacher: fc.constantFrom(...pool),
        caseManager: fc.constantFrom(...pool),
        chairOfGovernors: fc.constantFrom(...pool),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(flagArb, { minLength: 1, maxLength: 12 }), contactArb, (flags, c) => {
        const p = profileWith({}, { contacts: c });
        const entries = flags.map((f) => entry(f));
        const plan = planDigest(entries, NOW, p, { people: peopleFor(p) });
        const byKey = new Map(entries.map((e) => [e.key, e]));
        for (const message of plan.messages) {
          for (const key of message.keys) {
            const flag = byKey.get(key)!.flag;
            const parties = new Set([flag.from, ...flag.to].map(owner));
            for (const to of message.to) expect(parties.has(owner(to))).toBe(false);
          }
        }
        // Every entry is either in exactly one email or held back.
        const listed = plan.messages.flatMap((m) => m.keys);
        expect(new Set(listed).size).toBe(listed.length);
        expect(listed.length + plan.unrouted.length).toBe(entries.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('digestEmail', () => {
  const p = profile();
  const people = peopleFor(p);
  const staffFlag = entry({
    rules: ['secrecy', 'private-channel'],
    evidence: ["don't tell your p*****s", 'add me on s***'],
    to: [PUPIL],
  });
  const lowFlag = entry({ severity: 'low', rules: ['out-of-hours'], status: 'no-concern' });
  const plan = planDigest([staffFlag, lowFlag], NOW, p, { people });
  const email = digestEmail(plan.messages[0]!);

  it('is addressed to the case manager, with counts and the school in the subject', () => {
    expect(email.to).toEqual([HEAD]);
    expect(email.subject).toBe('Staff–pupil email review: 2 new flags, 1 critical (Oakfield Academy, Thu 6 Mar 2025)');
    expect(email.text).toContain(
      '2 flags since the last digest (1 critical, 1 low). 1 flag in the queue awaits review',
    );
  });

  it('shows masked evidence and masked pupils, the member of staff, and the Message-ID to decide on', () => {
    for (const body of [email.text, email.html]) {
      expect(body).toContain(`Member of staff: ${STAFF}`);
      expect(body).toContain(staffFlag.key);
      expect(body).toContain('2***@pupils.oakfield.sch.uk');
      expect(body).not.toContain(PUPIL);
      expect(body).toContain('add me on s***');
      expect(body).toContain('sos mail review decide');
    }
    expect(email.text).toContain('[no-concern]');
    expect(email.text).toMatch(/LADO within one working day: LADO team, 0161 496 0999/);
    expect(email.text).toContain('Nothing has been sent to the member of staff or the pupils');
    expect(email.text.indexOf('CRITICAL')).toBeLessThan(email.text.indexOf('LOW'));
  });

  it('escapes what it puts into the HTML', () => {
    const odd = entry({ evidence: ['<script>alert(1)</script>'] });
    const html = digestEmail(planDigest([odd], NOW, p).messages[0]!).html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('says how to decide in the deployment’s own words when given', () => {
    const custom = digestEmail(plan.messages[0]!, {
      howToDecide: ['Use the Review sheet: set Status, Reviewer and Note.'],
    });
    expect(custom.text).toContain('Use the Review sheet');
    expect(custom.text).not.toContain('sos mail review decide');
  });
});
