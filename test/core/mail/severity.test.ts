import { combinedSeverity } from '../../../core/mail/severity';
import type { MailRuleId, Severity } from '../../../core/mail/message';
import { flagOf, staffSays } from './fixture';

const of = (entries: [MailRuleId, Severity][]) => combinedSeverity(new Map(entries));

describe('severity: combinations raise it (research: R2/R3 with R4/R5/R7 is a possible allegation)', () => {
  it('keeps single findings at their own severity; out-of-hours alone is low', () => {
    expect(of([['out-of-hours', 'low']])).toBe('low');
    expect(of([['overly-familiar', 'medium']])).toBe('medium');
    expect(of([['private-channel', 'high']])).toBe('high');
    expect(
      of([
        ['staff-pupil-direct', 'low'],
        ['out-of-hours', 'low'],
      ]),
    ).toBe('low');
  });

  it('makes a private channel with secrecy critical', () => {
    expect(
      of([
        ['private-channel', 'high'],
        ['secrecy', 'high'],
      ]),
    ).toBe('critical');
  });

  it('makes a meeting with secrecy critical', () => {
    expect(
      of([
        ['meeting-offsite', 'high'],
        ['secrecy', 'high'],
      ]),
    ).toBe('critical');
  });

  it('makes over-familiarity with a meeting critical, and with a gift at least high', () => {
    expect(
      of([
        ['overly-familiar', 'medium'],
        ['meeting-offsite', 'high'],
      ]),
    ).toBe('critical');
    expect(
      of([
        ['overly-familiar', 'medium'],
        ['gift-offer', 'medium'],
      ]),
    ).toBe('high');
    expect(
      of([
        ['overly-familiar', 'medium'],
        ['private-channel', 'high'],
      ]),
    ).toBe('high');
  });

  it('makes three signs of grooming together critical', () => {
    expect(
      of([
        ['gift-offer', 'medium'],
        ['private-channel', 'high'],
        ['staff-personal-account', 'high'],
      ]),
    ).toBe('critical');
  });

  it('keeps a graver single finding (a threat, sexualised words)', () => {
    expect(of([['abusive-language', 'high']])).toBe('high');
    expect(of([['overly-familiar', 'critical']])).toBe('critical');
  });

  it('applies to a whole message', () => {
    const flag = flagOf(staffSays("WhatsApp me tonight. Don't tell your mum."));
    expect(flag?.rules).toEqual(['private-channel', 'secrecy']);
    expect(flag?.severity).toBe('critical');
  });
});
