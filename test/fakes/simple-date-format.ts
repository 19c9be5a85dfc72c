/**
 * The subset of Java's SimpleDateFormat that Utilities.formatDate takes: y M d E H h m s S a Z X and
 * quoted literals. An unknown letter throws, as Apps Script does, instead of printing something wrong.
 */
import { AppsScriptError } from './errors';
import { offsetMinutes, wallClock } from './time-zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function zone(minutes: number, letter: 'Z' | 'X', width: number): string {
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const rest = pad(Math.abs(minutes) % 60, 2);
  if (letter === 'X' && width === 1) return `${sign}${hours}`;
  return letter === 'X' && width >= 3 ? `${sign}${hours}:${rest}` : `${sign}${hours}${rest}`;
}

export function formatDate(instant: Date, timeZone: string, pattern: string): string {
  const wall = wallClock(instant, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (char === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new AppsScriptError(`Invalid argument: ${pattern}`);
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(char)) {
      out += char;
      i += 1;
      continue;
    }
    let width = 1;
    while (pattern[i + width] === char) width += 1;
    i += width;
    switch (char) {
      case 'y':
        out += width === 2 ? pad(wall.year % 100, 2) : pad(wall.year, width);
        break;
      case 'M':
        out +=
          width >= 4
            ? MONTHS[wall.month - 1]
            : width === 3
              ? MONTHS[wall.month - 1]!.slice(0, 3)
              : pad(wall.month, width);
        break;
      case 'd':
        out += pad(wall.day, width);
        break;
      case 'E':
        out += width >= 4 ? DAYS[wall.weekday] : DAYS[wall.weekday]!.slice(0, 3);
        break;
      case 'H':
        out += pad(wall.hour, width);
        break;
      case 'h':
        out += pad(wall.hour % 12 === 0 ? 12 : wall.hour % 12, width);
        break;
      case 'm':
        out += pad(wall.minute, width);
        break;
      case 's':
        out += pad(wall.second, width);
        break;
      case 'S':
        out += pad(instant.getUTCMilliseconds(), width);
        break;
      case 'a':
        out += wall.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
      case 'X':
        out += zone(offsetMinutes(instant, timeZone), char, width);
        break;
      default:
        throw new AppsScriptError(`Invalid argument: pattern letter ${char}`);
    }
  }
  return out;
}
