import fc from 'fast-check';
import { formatReference, highestReference, nextReference, parseReference } from '../../../core/incidents';

const LONDON = 'Europe/London';

describe('references', () => {
  it('starts an empty log at 0001 in the current school-local year', () => {
    expect(nextReference(undefined, new Date('2026-03-04T10:00:00Z'), LONDON)).toBe('OS-2026-0001');
    // 23:30 UTC on 31 Dec is already New Year's Day in Auckland, but not in London.
    expect(nextReference(undefined, new Date('2025-12-31T23:30:00Z'), LONDON)).toBe('OS-2025-0001');
    expect(nextReference(undefined, new Date('2025-12-31T23:30:00Z'), 'Pacific/Auckland')).toBe('OS-2026-0001');
  });

  it('continues the number across a new year instead of resetting it', () => {
    expect(nextReference('OS-2025-0041', new Date('2026-01-02T09:00:00Z'), LONDON)).toBe('OS-2026-0042');
  });

  it('never lets the year go backwards when a clock does', () => {
    expect(nextReference('OS-2026-0042', new Date('2025-12-31T09:00:00Z'), LONDON)).toBe('OS-2026-0043');
  });

  it('grows a digit past 9999 rather than wrapping', () => {
    expect(nextReference('OS-2030-9999', new Date('2030-05-01T09:00:00Z'), LONDON)).toBe('OS-2030-10000');
    expect(parseReference('OS-2030-10000')).toEqual({ year: 2030, number: 10000 });
  });

  it('refuses to guess after a malformed last reference (restarting would reissue numbers)', () => {
    expect(() => nextReference('OS-26-42', new Date('2026-01-02T09:00:00Z'), LONDON)).toThrow(/OS-YYYY-NNNN/);
  });

  it('accepts only the canonical spelling', () => {
    expect(parseReference('OS-2026-0042')).toEqual({ year: 2026, number: 42 });
    expect(parseReference(' OS-2026-0042 ')).toEqual({ year: 2026, number: 42 });
    for (const bad of ['OS-2026-00042', 'os-2026-0042', 'OS-2026-0000', 'OS-2026-42', 'XX-2026-0042', '']) {
      expect(parseReference(bad)).toBeUndefined();
    }
  });

  it('finds the highest reference by number, ignoring junk', () => {
    expect(highestReference(['OS-2025-0009', 'OS-2026-0011', 'junk', 'OS-2026-0010'])).toBe('OS-2026-0011');
    expect(highestReference([])).toBeUndefined();
  });

  it('a sequence of issues is gapless, unique and parses back, across any year changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 * 365 * 86_400_000 }), { minLength: 1, maxLength: 60 }),
        (offsets) => {
          const start = Date.parse('2025-06-01T00:00:00Z');
          const times = [...offsets].sort((a, b) => a - b).map((offset) => new Date(start + offset));
          let last: string | undefined;
          const issued: string[] = [];
          for (const time of times) {
            last = nextReference(last, time, LONDON);
            issued.push(last);
          }
          const parsed = issued.map((reference) => parseReference(reference)!);
          expect(parsed.map((part) => part.number)).toEqual(issued.map((_, index) => index + 1));
          expect(new Set(issued).size).toBe(issued.length);
          parsed.forEach((part, index) => {
            expect(formatReference(part.year, part.number)).toBe(issued[index]);
            if (index > 0) expect(part.year).toBeGreaterThanOrEqual(parsed[index - 1]!.year);
          });
        },
      ),
    );
  });
});
