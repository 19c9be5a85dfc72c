/**
 * When a message was sent, on the school's clock. The Date header's own offset says where the sender's
 * clock was (a laptop left on UTC in summer, a trip abroad), not what time it was at school, so the
 * instant is converted to the profile's zone; Intl applies the zone's daylight-saving rules, in Node and
 * in Apps Script's V8 alike.
 */
import { minutesOfDay } from '../policy';

export interface LocalTime {
  /** 0 Sunday .. 6 Saturday. */
  readonly weekday: number;
  /** Minutes since local midnight. */
  readonly minutes: number;
  /** e.g. `Sat 14:05`. */
  readonly label: string;
}

export interface AllowedHours {
  readonly start: string;
  readonly end: string;
  readonly weekdaysOnly: boolean;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** A converter to local time in `timeZone`; the formatter is built once, as building it is the slow part. */
export function localClock(timeZone: string): (iso: string) => LocalTime | null {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (iso) => {
    const instant = Date.parse(iso);
    if (Number.isNaN(instant)) return null;
    let weekday = -1;
    let hour = -1;
    let minute = -1;
    for (const part of format.formatToParts(instant)) {
      if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? -1;
      else if (part.type === 'hour') hour = Number(part.value) % 24;
      else if (part.type === 'minute') minute = Number(part.value);
    }
    if (weekday < 0 || hour < 0 || minute < 0) return null;
    const hh = String(hour).padStart(2, '0');
    const mm = String(minute).padStart(2, '0');
    return { weekday, minutes: hour * 60 + minute, label: `${dayName(weekday)} ${hh}:${mm}` };
  };
}

function dayName(weekday: number): string {
  return Object.keys(WEEKDAYS).find((k) => WEEKDAYS[k] === weekday)!;
}

/** Outside the allowed hours: before the start, at or after the end, or on a weekend when weekdays only. */
export function isOutOfHours(local: LocalTime, hours: AllowedHours): boolean {
  if (hours.weekdaysOnly && (local.weekday === 0 || local.weekday === 6)) return true;
  return local.minutes < minutesOfDay(hours.start) || local.minutes >= minutesOfDay(hours.end);
}
