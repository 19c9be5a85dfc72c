import { daysBetween, formatLocalDateTime, localDate, localDateTimeToIso } from '../../../core/incidents';

describe('school-local time', () => {
  it('gives the London calendar day, which differs from UTC late on a summer evening', () => {
    expect(localDate('2026-07-01T23:30:00Z', 'Europe/London')).toBe('2026-07-02');
    expect(localDate('2026-01-01T23:30:00Z', 'Europe/London')).toBe('2026-01-01');
    expect(formatLocalDateTime(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toBe('2026-07-02 00:30');
  });

  it('reads a zone-less wall time in the school zone, with the right offset either side of the clock change', () => {
    expect(localDateTimeToIso('2026-03-28 12:00', 'Europe/London')).toBe('2026-03-28T12:00:00+00:00');
    expect(localDateTimeToIso('2026-03-30 12:00', 'Europe/London')).toBe('2026-03-30T12:00:00+01:00');
    expect(localDateTimeToIso('2026-03-30', 'Europe/London')).toBe('2026-03-30T00:00:00+01:00');
    expect(Date.parse(localDateTimeToIso('2026-10-26T08:00', 'Europe/London')!)).toBe(
      Date.parse('2026-10-26T08:00:00Z'),
    );
  });

  it('refuses impossible dates and times', () => {
    expect(localDateTimeToIso('2026-02-30 10:00', 'Europe/London')).toBeUndefined();
    expect(localDateTimeToIso('2026-02-03 25:00', 'Europe/London')).toBeUndefined();
    expect(localDateTimeToIso('yesterday', 'Europe/London')).toBeUndefined();
  });

  it('counts calendar days', () => {
    expect(daysBetween('2026-03-27', '2026-04-13')).toBe(17);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
});
