/**
 * Valid UK identifiers, check digits and all: a detector that validates them must find every one, and a
 * detector that only matches shapes gets no free hits from near-misses.
 */
import type { Rng } from './prng';
import { BANKS, POST_AREAS, STREET_NAMES, STREET_SUFFIXES } from './vocabulary';

const UPN_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** DfE UPN: check letter, LA (3), establishment (4), year (2), serial (3). */
export function upn(rng: Rng): string {
  const body = String(rng.int(201, 938)) + rng.digits(4) + String(rng.int(10, 24)) + rng.digits(3);
  let sum = 0;
  for (let pos = 2; pos <= 13; pos++) sum += pos * (body.charCodeAt(pos - 2) - 48);
  return UPN_ALPHABET[sum % 23]! + body;
}

/** Σ digit × weight, weights counting down from `top`. */
function weighted(digits: string, top: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * (top - i);
  return sum;
}

/** ULN: ten digits, Σ d·(10..1) ≡ 10 (mod 11). */
export function uln(rng: Rng): string {
  for (;;) {
    const nine = String(rng.int(1, 9)) + rng.digits(8);
    const last = (((10 - weighted(nine, 10)) % 11) + 11) % 11;
    if (last < 10) return nine + String(last);
  }
}

/** NHS number (England: 4xx, 6xx) with its mod 11 check digit, printed 3-3-4. */
export function nhsNumber(rng: Rng, spaced = true): string {
  for (;;) {
    const nine = rng.pick(['4', '6']) + rng.digits(8);
    let check = 11 - (weighted(nine, 10) % 11);
    if (check === 11) check = 0;
    if (check === 10) continue;
    const d = nine + String(check);
    return spaced ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
  }
}

const NI_FIRST = 'ABCEGHJKLMNPRSTWXYZ';
const NI_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NI_UNUSED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function niNumber(rng: Rng): string {
  for (;;) {
    const prefix = rng.pick([...NI_FIRST]) + rng.pick([...NI_SECOND]);
    if (NI_UNUSED.has(prefix)) continue;
    const d = rng.digits(6);
    const suffix = rng.pick(['A', 'B', 'C', 'D']);
    return rng.chance(0.6)
      ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
      : `${prefix}${d}${suffix}`;
  }
}

/** Nine digits: no check digit is printed on a UK passport. */
export function passportNumber(rng: Rng): string {
  return String(rng.int(1, 9)) + rng.digits(8);
}

/** DVLA: surname (5, 9-padded), decade, month (+50 for women), day, year digit, initials, digit, 2 letters. */
export function drivingLicence(rng: Rng, surname: string, first: string, born: Date, female: boolean): string {
  const sur = surname
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 5)
    .padEnd(5, '9');
  const y = born.getUTCFullYear();
  const month = born.getUTCMonth() + 1 + (female ? 50 : 0);
  const initials = (first[0]! + (rng.chance(0.4) ? rng.pick([...'ABCDEJLMRS']) : '9')).toUpperCase();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return (
    sur +
    String(Math.floor(y / 10) % 10) +
    String(month).padStart(2, '0') +
    String(born.getUTCDate()).padStart(2, '0') +
    String(y % 10) +
    initials +
    String(rng.int(0, 9)) +
    rng.pick([...letters]) +
    rng.pick([...letters])
  );
}

function luhnComplete(partial: string): string {
  let sum = 0;
  let double = true;
  for (let i = partial.length - 1; i >= 0; i--) {
    let d = partial.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

/** Visa, Mastercard or Amex, Luhn-valid, grouped as printed on the card. */
export function paymentCard(rng: Rng): string {
  const kind = rng.weighted([
    ['visa', 6],
    ['mastercard', 3],
    ['amex', 1],
  ] as const);
  if (kind === 'amex') {
    const n = luhnComplete(rng.pick(['34', '37']) + rng.digits(12));
    return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  }
  const n = luhnComplete(
    (kind === 'visa' ? '4' + rng.digits(2) : String(rng.int(51, 55)) + rng.digits(1)) + rng.digits(12),
  );
  const sep = rng.chance(0.8) ? ' ' : '-';
  return [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)].join(sep);
}

export function sortCode(rng: Rng): string {
  return `${rng.int(10, 99)}-${rng.digits(2)}-${rng.digits(2)}`;
}

export function accountNumber(rng: Rng): string {
  return String(rng.int(1, 9)) + rng.digits(7);
}

function ibanCheck(country: string, bban: string): string {
  const moved = bban + country + '00';
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rem = v > 9 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return String(98 - rem).padStart(2, '0');
}

/** A GB IBAN mostly, sometimes one from a partner school or supplier abroad; printed in groups of four. */
export function iban(rng: Rng): string {
  const country = rng.weighted([
    ['GB', 6],
    ['IE', 1],
    ['FR', 1],
    ['DE', 1],
    ['ES', 1],
  ] as const);
  let bban: string;
  if (country === 'GB') bban = rng.pick(BANKS)[0] + rng.digits(6) + rng.digits(8);
  else if (country === 'IE') bban = rng.pick(['AIBK', 'BOFI']) + rng.digits(14);
  else if (country === 'FR') bban = rng.digits(23);
  else if (country === 'DE') bban = rng.digits(18);
  else bban = rng.digits(20);
  const raw = country + ibanCheck(country, bban) + bban;
  return raw.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A birth date for a pupil (2008–2019) or a member of staff (1962–1999). */
export function birthDate(rng: Rng, who: 'pupil' | 'staff'): Date {
  const y = who === 'pupil' ? rng.int(2008, 2019) : rng.int(1962, 1999);
  const m = rng.int(0, 11);
  const d = rng.int(1, 28);
  return new Date(Date.UTC(y, m, d));
}

const MONTH_NAMES = [
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

/** How dates are written in school paperwork. */
export function formatDate(rng: Rng, date: Date): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth() + 1;
  const y = date.getUTCFullYear();
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  return rng.weighted([
    [`${dd}/${mm}/${y}`, 6],
    [`${d}/${m}/${y}`, 2],
    [`${dd}.${mm}.${y}`, 1],
    [`${d} ${MONTH_NAMES[m - 1]} ${y}`, 3],
    [`${y}-${mm}-${dd}`, 1],
  ] as const);
}

export function ukPhone(rng: Rng, kind: 'landline' | 'mobile' = rng.chance(0.5) ? 'mobile' : 'landline'): string {
  if (kind === 'mobile') {
    const n = '7' + rng.pick(['4', '5', '7', '8', '9']) + rng.digits(8);
    return rng.weighted([
      [`0${n.slice(0, 4)} ${n.slice(4)}`, 6],
      [`0${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`, 2],
      [`+44 ${n.slice(0, 4)} ${n.slice(4)}`, 1],
      [`0${n}`, 1],
    ] as const);
  }
  return rng.weighted([
    [`0113 ${rng.int(200, 499)} ${rng.digits(4)}`, 3],
    [`020 ${rng.int(7000, 8999)} ${rng.digits(4)}`, 3],
    [`0161 ${rng.int(200, 999)} ${rng.digits(4)}`, 2],
    [`0121 ${rng.int(200, 799)} ${rng.digits(4)}`, 2],
    [`01${rng.int(2, 9)}${rng.digits(2)} ${rng.int(200, 999)}${rng.digits(3)}`, 3],
    [`(01${rng.int(2, 9)}${rng.digits(2)}) ${rng.int(200, 999)} ${rng.digits(3)}`, 1],
  ] as const);
}

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export interface Address {
  readonly street: string;
  readonly district: string;
  readonly town: string;
  readonly postcode: string;
}

export function address(rng: Rng): Address {
  const [outward, district, town] = rng.pick(POST_AREAS);
  const inward = String(rng.int(1, 9)) + rng.pick([...INWARD_LETTERS]) + rng.pick([...INWARD_LETTERS]);
  const street = `${rng.int(1, 212)}${rng.chance(0.05) ? 'A' : ''} ${rng.pick(STREET_NAMES)} ${rng.pick(STREET_SUFFIXES)}`;
  return { street, district, town, postcode: `${outward} ${inward}` };
}
