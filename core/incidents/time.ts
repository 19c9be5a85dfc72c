/**
 * School-local dates. "Which term", "which year" and "overdue today" are all questions about the
 * school's own calendar day, which differs from the UTC day around midnight in summer time.
 * Only `tzOffset` is used: it needs nothing beyond Intl.DateTimeFormat, which Apps Script's V8 has.
 */
import { tzOffset } from '@date-fns/tz';

const DAY_MS = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function toDate(instant: Date | string): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** The fields of the school-local wall clock at an instant, read off a shifted UTC date. */
function wallClock(instant: Date | string, timeZone: string): Date {
  const date = toDate(instant);
  return new Date(date.getTime() + tzOffset(timeZone, date) * 60_000);
}

/** "YYYY-MM-DD": the school-local calendar day of an instant. */
export function localDate(instant: Date | string, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** "YYYY-MM-DD HH:MM" in school-local time, as people read it in a sheet or an email. */
export function formatLocalDateTime(instant: Date | string, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  return `${localDate(instant, timeZone)} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A wall-clock time without a zone ("2026-03-04 13:45", as Google Forms returns a date-time answer, or a
 * bare date) read in the school's zone, as ISO 8601 with that zone's offset. Undefined if malformed.
 * In the spring-forward gap the later offset applies; in the autumn overlap, the earlier instant.
 */
export function localDateTimeToIso(local: string, timeZone: string): string | undefined {
  const match = LOCAL.exec(local.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  ) {
    return undefined;
  }
  // Two passes settle the offset that applies at the resulting instant, not at the naive UTC one.
  const first = tzOffset(timeZone, new Date(utc));
  const offset = tzOffset(timeZone, new Date(utc - first * 60_000));
  const instant = new Date(utc - offset * 60_000);
  const wall = wallClock(instant, timeZone);
  const actual = tzOffset(timeZone, instant);
  const sign = actual < 0 ? '-' : '+';
  const abs = Math.abs(actual);
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Whole calendar days from one "YYYY-MM-DD" to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
