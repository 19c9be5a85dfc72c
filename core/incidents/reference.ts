/**
 * Incident references: "OS-YYYY-NNNN".
 *
 * Decision: NNNN is ONE running sequence for the life of the log and never resets; YYYY is the calendar
 * year (school time) in which the reference was issued, there only to help people read it. So
 * OS-2025-0041 may be followed by OS-2026-0042. A per-year reset would make numbers repeat (0001 every
 * January), and a per-academic-year one would disagree with the printed year for four months; a single
 * sequence is gapless and unique by the number alone, and still sorts by time. Past 9999 the number
 * simply grows a digit. The year never goes backwards, even if a clock does.
 */
import { localDate } from './time';

export const REFERENCE_PREFIX = 'OS';
const PATTERN = /^OS-(\d{4})-(\d{4,})$/;

export function formatReference(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError('reference year out of range');
  if (!Number.isInteger(number) || number < 1) throw new RangeError('reference number must be a positive integer');
  return `${REFERENCE_PREFIX}-${year}-${String(number).padStart(4, '0')}`;
}

/** The parts of a well-formed reference, or undefined. Only the canonical spelling is accepted. */
export function parseReference(reference: string): { year: number; number: number } | undefined {
  const match = PATTERN.exec(reference.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || !Number.isSafeInteger(number)) return undefined;
  // "OS-2026-00042" is not a spelling we issue: refusing it keeps one reference per number.
  return formatReference(year, number) === reference.trim() ? { year, number } : undefined;
}

/** The reference with the highest number among those given (malformed ones ignored). */
export function highestReference(references: Iterable<string>): string | undefined {
  let best: { reference: string; number: number } | undefined;
  for (const reference of references) {
    const parsed = parseReference(reference);
    if (parsed && (!best || parsed.number > best.number)) best = { reference: reference.trim(), number: parsed.number };
  }
  return best?.reference;
}

/**
 * The reference after `last` (undefined for an empty log), issued at `now`. A `last` that is not a
 * reference is an error rather than a restart at 0001: restarting would issue numbers twice.
 */
export function nextReference(last: string | undefined, now: Date, timeZone: string): string {
  const year = Number(localDate(now, timeZone).slice(0, 4));
  if (last === undefined || last.trim() === '') return formatReference(year, 1);
  const previous = parseReference(last);
  if (!previous) throw new Error('the last incident reference on record is not of the form OS-YYYY-NNNN');
  return formatReference(Math.max(year, previous.year), previous.number + 1);
}
