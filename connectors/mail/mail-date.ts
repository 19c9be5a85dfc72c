/**
 * The Date header (RFC 5322 3.3, with the obsolete forms of 4.3 that old and odd mailers still write) as
 * the instant and the offset the sender's clock wrote. Out-of-hours rules read the instant in the school's
 * zone; the offset is kept because "23:40 +0100" and "22:40 +0000" are the same moment but not the same
 * sender.
 */
export interface MailDate {
  readonly iso: string;
  readonly offsetMinutes: number;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** Obsolete zone names (RFC 5322 4.3); the single-letter military zones carry no information (-0000). */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  edt: -4 * 60,
  est: -5 * 60,
  cdt: -5 * 60,
  cst: -6 * 60,
  mdt: -6 * 60,
  mst: -7 * 60,
  pdt: -7 * 60,
  pst: -8 * 60,
  // Not in the RFC, but written by some UK mailers and logs.
  bst: 60,
};

const RFC5322 =
  /^(?:[a-z]{3,9}\s*,?\s*)?(\d{1,2})\s*[\s-]\s*([a-z]{3,9})\.?\s*[\s-]\s*(\d{2,4})\s+(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2}(?:\.\d+)?))?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[a-z]{1,5})?\s*$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The Date header's value, or null when it is not a date (the caller decides what a missing date means). */
export function parseMailDate(value: string | undefined): MailDate | null {
  if (value === undefined) return null;
  const text = value
    .replace(/\([^()]*\)/g, ' ') // comments such as "(BST)" or "(GMT Daylight Time)"
    .replace(/\s+/g, ' ')
    .trim();
  const m = RFC5322.exec(text);
  if (m) {
    const [, day, mon, year, hour, minute, second, zone] = m;
    const month = MONTHS[mon!.slice(0, 3).toLowerCase()];
    const offset = zoneOffset(zone);
    if (month === undefined || offset === undefined) return null;
    return build(fullYear(year!), month, Number(day), Number(hour), Number(minute), Number(second ?? 0), offset);
  }
  const iso = ISO.exec(text);
  if (iso) {
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) return null;
    const zone = iso[1]!.toUpperCase();
    const offsetMinutes =
      zone === 'Z' ? 0 : zoneOffset(zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`);
    return { iso: new Date(ms).toISOString(), offsetMinutes: offsetMinutes ?? 0 };
  }
  return null;
}

/**
 * The date of an mbox envelope line (`123@xxx Wed May 13 12:34:56 +0000 2020`, asctime, UTC unless a
 * zone is written), which Google's exports and most mbox writers set to when the message arrived.
 */
export function parseEnvelopeDate(envelope: string | undefined): MailDate | null {
  if (envelope === undefined) return null;
  const m =
    /\b([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([+-]\d{4}|[a-z]{2,5})\s+)?(\d{4})(?:\s+([+-]\d{4}))?\s*$/i.exec(
      envelope,
    );
  if (!m) return null;
  const [, mon, day, hour, minute, second, zoneBefore, year, zoneAfter] = m;
  const month = MONTHS[mon!.toLowerCase()];
  const offset = zoneOffset(zoneBefore ?? zoneAfter ?? 'utc');
  if (month === undefined || offset === undefined) return null;
  return build(Number(year), month, Number(day), Number(hour), Number(minute), Number(second ?? 0), offset);
}

function zoneOffset(zone: string | undefined): number | undefined {
  // No zone at all is not allowed by the RFC; reading the time as UTC is the least surprising guess.
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    if (Number(numeric[3]) > 59 || minutes > 14 * 60) return undefined;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const lower = zone.toLowerCase();
  if (lower in ZONES) return ZONES[lower];
  if (/^[a-ik-z]$/.test(lower)) return 0;
  return undefined;
}

/** RFC 5322 4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx; three-digit years add 1900. */
function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (year.length === 3) return 1900 + n;
  return n;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): MailDate | null {
  if (hour > 23 || minute > 59 || second > 60 || year < 1970 || year > 9999) return null;
  const wholeSecond = Math.min(59, Math.floor(second)); // a leap second reads as :59
  const local = Date.UTC(year, month, day, hour, minute, wholeSecond);
  const check = new Date(local);
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return null; // 31 Feb
  return { iso: new Date(local - offsetMinutes * 60_000).toISOString(), offsetMinutes };
}
