import { createMailChecker, MAIL_RULE_IDS, MAIL_RULES } from '../../../core/mail';
import { checkerFor, flagOf, mail, peopleFor, profileWith, staffSays, PUPIL, PUPIL2, STAFF } from './fixture';

describe('createMailChecker', () => {
  it('returns null for a message that breaks no rule', () => {
    expect(flagOf(mail())).toBeNull();
  });

  it('fills the flag as CONTRACTS §4 prints it', () => {
    const msg = mail({
      to: [PUPIL],
      cc: [PUPIL2],
      date: '2025-03-05T21:40:00.000Z',
      text: 'Text me later. Keep this between us.',
    });
    expect(flagOf(msg)).toEqual({
      messageId: msg.messageId,
      rules: ['private-channel', 'secrecy'],
      severity: 'critical',
      from: STAFF,
      to: [PUPIL, PUPIL2],
      date: '2025-03-05T21:40:00.000Z',
      evidence: ['private-channel: "Text me later."', 'secrecy: "Keep this between us."'],
    });
  });

  it('lists rules in the order of CONTRACTS §4 and has one rule per id', () => {
    expect(MAIL_RULES.map((r) => r.id)).toEqual([...MAIL_RULE_IDS, 'no-colleague-copy']);
    const flag = flagOf(
      staffSays("Don't tell anyone. I'll pick you up at 8. Text me.", { date: '2025-03-08T12:00:00.000Z' }),
    );
    expect(flag?.rules).toEqual(['private-channel', 'secrecy', 'out-of-hours', 'meeting-offsite']);
  });

  it('names a clause and a severity for every rule', () => {
    for (const rule of MAIL_RULES) {
      expect(rule.clause.length).toBeGreaterThan(20);
      expect(['low', 'medium', 'high', 'critical']).toContain(rule.severity);
    }
  });

  it('keeps evidence short and never quotes a whole identifier', () => {
    const flag = flagOf(
      staffSays(
        "My own mobile is 07700 900558 and my personal email is kward1979@gmail.com - WhatsApp me on 07700 900558 tonight, and please delete this email after you've read it, it's our little secret.",
      ),
    );
    expect(flag).not.toBeNull();
    for (const line of flag!.evidence) {
      expect(line.length).toBeLessThanOrEqual(100);
      expect(line).not.toMatch(/900558|900 558|kward1979/);
    }
  });

  it('runs only the rules asked for', () => {
    const profile = profileWith();
    const only = createMailChecker(profile, peopleFor(profile), { rules: ['secrecy'] });
    expect(only.check(staffSays("Text me. Don't tell anyone."))?.rules).toEqual(['secrecy']);
  });

  it('gives the same answer for the same message every time', () => {
    const checker = checkerFor();
    const msg = staffSays('Hey gorgeous x');
    expect(checker.check(msg)).toEqual(checker.check(msg));
  });

  it('handles a message with no sender or recipients', () => {
    const msg = { ...mail(), from: null, to: [], cc: [] };
    expect(flagOf(msg)).toBeNull();
  });
});
