import {
  checkerFor,
  flagOf,
  mail,
  profileWith,
  rulesOf,
  COLLEAGUE,
  PARENT,
  PUPIL,
  PUPIL2,
  STAFF,
  STAFF_PERSONAL,
  YEAR9,
} from '../fixture';

const at = (iso: string, extra: Parameters<typeof mail>[0] = {}) => rulesOf(mail({ ...extra, date: iso }));

// Seeds 002/004: "professional in tone and content"; the profile sets the hours within which one-to-one
// staff–pupil email is expected, in the school's time zone.
describe('out-of-hours: one-to-one staff–pupil email outside the allowed hours, school time', () => {
  it('flags a one-to-one message late on a weekday evening', () => {
    expect(at('2025-03-05T21:40:00Z')).toEqual(['out-of-hours']);
  });

  it('flags the weekend when the profile says weekdays only', () => {
    expect(at('2025-03-08T11:00:00Z')).toEqual(['out-of-hours']); // Saturday
    const anyDay = checkerFor(profileWith({ allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: false } }));
    expect(rulesOf(mail({ date: '2025-03-08T11:00:00Z' }), anyDay)).toEqual([]);
  });

  it('is inclusive of the start and exclusive of the end', () => {
    expect(at('2025-03-05T07:30:00Z')).toEqual([]);
    expect(at('2025-03-05T07:29:00Z')).toEqual(['out-of-hours']);
    expect(at('2025-03-05T17:59:00Z')).toEqual([]);
    expect(at('2025-03-05T18:00:00Z')).toEqual(['out-of-hours']);
  });

  it('does not flag group mail, mail copied to a colleague or parent, or pupils writing to staff', () => {
    const late = '2025-03-05T21:40:00Z';
    expect(at(late, { to: [YEAR9] })).toEqual([]);
    expect(at(late, { to: [PUPIL, PUPIL2] })).toEqual([]);
    expect(at(late, { cc: [COLLEAGUE] })).toEqual([]);
    expect(at(late, { cc: [PARENT] })).toEqual([]);
    expect(at(late, { from: PUPIL, to: [STAFF] })).toEqual([]);
    expect(at(late, { listHeaders: { autoSubmitted: 'auto-replied' } })).toEqual([]);
  });

  it('flags staff writing from a personal account too', () => {
    expect(at('2025-03-05T22:00:00Z', { from: STAFF_PERSONAL })).toEqual(['staff-personal-account', 'out-of-hours']);
  });

  it('is low severity on its own', () => {
    expect(flagOf(mail({ date: '2025-03-05T21:40:00Z' }))?.severity).toBe('low');
  });

  it('says when it was sent on the school clock', () => {
    const flag = flagOf(mail({ date: '2025-03-08T11:00:00Z' }));
    expect(flag?.evidence).toEqual(['out-of-hours: sent Sat 11:00 school time (weekend), allowed 07:30-18:00 Mon-Fri']);
  });

  it('cannot judge a message without a date', () => {
    expect(at('not a date')).toEqual([]);
    expect(rulesOf(mail({ date: null }))).toEqual([]);
  });
});
