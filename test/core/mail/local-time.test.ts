import { isOutOfHours, localClock } from '../../../core/mail/local-time';
import { checkerFor, mail, profileWith, rulesOf } from './fixture';

const london = localClock('Europe/London');
const HOURS = { start: '07:30', end: '18:00', weekdaysOnly: true };
const outOfHours = (iso: string) => isOutOfHours(london(iso)!, HOURS);

describe('local time on the school clock (Europe/London, with summer time)', () => {
  it('reads weekday and minutes in the zone', () => {
    expect(london('2025-01-15T09:05:00Z')).toEqual({ weekday: 3, minutes: 9 * 60 + 5, label: 'Wed 09:05' });
    expect(london('2025-07-15T09:05:00Z')).toEqual({ weekday: 2, minutes: 10 * 60 + 5, label: 'Tue 10:05' });
  });

  it('moves to BST after the last Sunday of March (30 March 2025)', () => {
    // Friday before: GMT, so 17:30Z is 17:30 local, in hours; Monday after: BST, so 17:30Z is 18:30 local.
    expect(outOfHours('2025-03-28T17:30:00Z')).toBe(false);
    expect(outOfHours('2025-03-31T17:30:00Z')).toBe(true);
    // Mornings the other way round: 06:45Z is 06:45 GMT (too early) but 07:45 BST.
    expect(outOfHours('2025-03-28T06:45:00Z')).toBe(true);
    expect(outOfHours('2025-03-31T06:45:00Z')).toBe(false);
  });

  it('changes on the night itself: 00:59Z and 01:00Z on 30 March 2025 are an hour apart locally', () => {
    expect(london('2025-03-30T00:59:00Z')?.label).toBe('Sun 00:59');
    expect(london('2025-03-30T01:00:00Z')?.label).toBe('Sun 02:00');
  });

  it('moves back to GMT after the last Sunday of October (26 October 2025)', () => {
    expect(outOfHours('2025-10-24T06:45:00Z')).toBe(false); // 07:45 BST
    expect(outOfHours('2025-10-27T06:45:00Z')).toBe(true); // 06:45 GMT
    expect(outOfHours('2025-10-24T17:15:00Z')).toBe(true); // 18:15 BST
    expect(outOfHours('2025-10-27T17:15:00Z')).toBe(false); // 17:15 GMT
  });

  it('treats Saturday and Sunday as out of hours when weekdays only', () => {
    expect(outOfHours('2025-06-07T11:00:00Z')).toBe(true);
    expect(outOfHours('2025-06-08T11:00:00Z')).toBe(true);
    expect(isOutOfHours(london('2025-06-07T11:00:00Z')!, { ...HOURS, weekdaysOnly: false })).toBe(false);
  });

  it('returns null for an unreadable instant', () => {
    expect(london('yesterday')).toBeNull();
  });
});

describe('out-of-hours judged on the school clock whatever the Date header offset', () => {
  it('flags 18:20 BST written by a sender clock on UTC as "17:20 +0000"', () => {
    expect(rulesOf(mail({ date: '2025-06-04T17:20:00.000Z', offsetMinutes: 0 }))).toEqual(['out-of-hours']);
  });

  it('flags 13:30 -0400 from abroad, which is 18:30 at school in summer', () => {
    expect(rulesOf(mail({ date: '2025-06-04T17:30:00.000Z', offsetMinutes: -240 }))).toEqual(['out-of-hours']);
  });

  it('flags 17:30 -0500 in winter, which is 22:30 at school', () => {
    expect(rulesOf(mail({ date: '2025-01-15T22:30:00.000Z', offsetMinutes: -300 }))).toEqual(['out-of-hours']);
  });

  it('flags 09:00 +0900 from Tokyo, which is midnight at school', () => {
    expect(rulesOf(mail({ date: '2025-01-15T00:00:00.000Z', offsetMinutes: 540 }))).toEqual(['out-of-hours']);
  });

  it('does not flag 19:00 +0900, which is 10:00 GMT at school', () => {
    expect(rulesOf(mail({ date: '2025-01-15T10:00:00.000Z', offsetMinutes: 540 }))).toEqual([]);
  });

  it('uses the profile zone: Friday 23:00 UTC is Saturday morning in Sydney', () => {
    const sydney = checkerFor(profileWith({}, { school: { name: 'Oakfield Academy', timezone: 'Australia/Sydney' } }));
    expect(rulesOf(mail({ date: '2025-03-07T23:00:00.000Z' }), sydney)).toEqual(['out-of-hours']);
    expect(rulesOf(mail({ date: '2025-03-09T22:00:00.000Z' }), sydney)).toEqual([]); // Monday 09:00 AEDT
  });
});
