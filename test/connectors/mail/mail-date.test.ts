import fc from 'fast-check';
import { parseEnvelopeDate, parseMailDate } from '../../../connectors/mail';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** An RFC 5322 date of `ms` as a clock at `offset` minutes from UTC shows it. */
function rfc5322(ms: number, offset: number): string {
  const d = new Date(ms + offset * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${sign}${p(Math.floor(abs / 60))}${p(abs % 60)}`
  );
}

describe('parseMailDate', () => {
  it('reads back any instant at any offset the way a mailer writes it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => ms - (ms % 1000)),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (ms, offset) => {
          expect(parseMailDate(rfc5322(ms, offset))).toEqual({
            iso: new Date(ms).toISOString(),
            offsetMinutes: offset,
          });
        },
      ),
    );
  });

  it.each<[string, string, number]>([
    ['14 Jan 2025 21:40 +0000', '2025-01-14T21:40:00.000Z', 0],
    ['Tue, 14 Jan 2025 21:40:00 GMT', '2025-01-14T21:40:00.000Z', 0],
    ['Tue, 14 Jan 2025 21:40:00 UT', '2025-01-14T21:40:00.000Z', 0],
    ['Tue, 14 Jan 2025 16:40:00 EST', '2025-01-14T21:40:00.000Z', -300],
    ['Mon, 14 Jul 2025 14:40:00 PDT', '2025-07-14T21:40:00.000Z', -420],
    ['Tue, 14 Jan 2025 21:40:00 Z', '2025-01-14T21:40:00.000Z', 0],
    ['Tue, 14 Jan 2025 21:40:00 Q', '2025-01-14T21:40:00.000Z', 0], // military zones mean "unknown"
    ['Mon, 14 Jul 2025 22:40:00 +0100 (BST)', '2025-07-14T21:40:00.000Z', 60],
    ['Tue, 14 Jan 25 21:40:00 +0000', '2025-01-14T21:40:00.000Z', 0],
    ['Wed, 14 Jan 98 21:40:00 +0000', '1998-01-14T21:40:00.000Z', 0],
    ['Tue, 14 Jan 125 21:40:00 +0000', '2025-01-14T21:40:00.000Z', 0],
    ['Tuesday, 14 January 2025 21:40:00 +0000', '2025-01-14T21:40:00.000Z', 0],
    ['Tue,14 Jan 2025 21:40:00 +0000', '2025-01-14T21:40:00.000Z', 0],
    ['Tue, 14-Jan-2025 21:40:00 +0000', '2025-01-14T21:40:00.000Z', 0],
    ['Tue, 14 Jan 2025 21:40:00', '2025-01-14T21:40:00.000Z', 0], // no zone: read as UTC
    ['Wed, 31 Dec 2025 23:59:60 +0000', '2025-12-31T23:59:59.000Z', 0], // a leap second
    ['2025-01-14T21:40:00+01:00', '2025-01-14T20:40:00.000Z', 60],
    ['2025-01-14T21:40:00Z', '2025-01-14T21:40:00.000Z', 0],
  ])('%s', (value, iso, offsetMinutes) => {
    expect(parseMailDate(value)).toEqual({ iso, offsetMinutes });
  });

  it.each([
    'yesterday',
    '',
    'Tue, 31 Feb 2025 10:00:00 +0000',
    'Tue, 14 Foo 2025 10:00:00 +0000',
    'Tue, 14 Jan 2025 25:00:00 +0000',
    'Tue, 14 Jan 2025 10:00:00 +9999',
    'Tue, 14 Jan 2025 10:00:00 XYZ',
  ])('rejects %j', (value) => {
    expect(parseMailDate(value)).toBeNull();
  });

  it('is null for a missing header', () => {
    expect(parseMailDate(undefined)).toBeNull();
  });
});

describe('parseEnvelopeDate', () => {
  it.each<[string, string]>([
    ['1589370123456789012@xxx Wed May 13 12:34:56 +0000 2020', '2020-05-13T12:34:56.000Z'],
    ['MAILER-DAEMON Fri Jul  8 12:08:34 2011', '2011-07-08T12:08:34.000Z'],
    ['- Mon Jan 01 00:00:00 2024', '2024-01-01T00:00:00.000Z'],
    ['someone@example.com Mon Jan 01 10:00:00 2024 +0100', '2024-01-01T09:00:00.000Z'],
  ])('%s', (envelope, iso) => {
    expect(parseEnvelopeDate(envelope)?.iso).toBe(iso);
  });

  it('is null without a date', () => {
    expect(parseEnvelopeDate('someone@example.com')).toBeNull();
    expect(parseEnvelopeDate(undefined)).toBeNull();
  });
});
