/**
 * Generators of identifiers that pass the same checks real ones do (check letters, mod 11, Luhn,
 * mod 97, HMRC prefixes), so the sample tests the scanner's validators and not only its patterns.
 * Where a reserved range exists it is used: NHS numbers from the 999 test range, phone numbers from
 * Ofcom's drama ranges.
 */
import { format } from 'date-fns';
import { POSTCODE_DISTRICTS, STREET_STEMS, STREET_SUFFIXES } from './names';
import type { Random } from './random';

const UPN_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * DfE UPN: check letter, LA code, establishment number, two-digit year of allocation, three-digit serial.
 * The serial is the caller's, since a school allocates them in sequence and they must not repeat.
 */
export function upn(la: string, establishment: string, year: number, serial: number): string {
  const body = `${la}${establishment}${String(year % 100).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 2) * (body.charCodeAt(i) - 48);
  return `${UPN_ALPHABET[sum % 23]}${body}`;
}

/** A UPN from any school in England: any LA and establishment, allocated 2010–2024. */
export function anyUpn(rng: Random): string {
  return upn(String(rng.int(201, 938)), rng.digits(4), rng.int(10, 24), rng.int(0, 999));
}

function weighted(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  return sum;
}

/** Unique Learner Number: Σ d × (10..1) ≡ 10 (mod 11). */
export function uln(rng: Random): string {
  for (;;) {
    const head = `${rng.int(1, 9)}${rng.digits(8)}`;
    const last = (10 - (weighted(head) % 11) + 11) % 11;
    if (last <= 9) return `${head}${last}`;
  }
}

/** NHS number in the 999 range NHS England keeps for testing, formatted 999 123 4567. */
export function nhsNumber(rng: Random): string {
  for (;;) {
    const head = `999${rng.digits(6)}`;
    let check = 11 - (weighted(head) % 11);
    if (check === 11) check = 0;
    if (check === 10) continue;
    const d = `${head}${check}`;
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

// HMRC NIM39110: first letter never D F I Q U V, second never D F I O Q U V; some pairs are not issued.
const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_UNUSED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** National Insurance number, formatted AB 12 34 56 C. */
export function niNumber(rng: Random): string {
  for (;;) {
    const prefix = `${rng.pick([...NINO_FIRST])}${rng.pick([...NINO_SECOND])}`;
    if (NINO_UNUSED.has(prefix)) continue;
    const d = rng.digits(6);
    return `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${rng.pick(['A', 'B', 'C', 'D'])}`;
  }
}

/** Nine digits, as current UK passports have; there is no check digit. */
export function passportNumber(rng: Random): string {
  return `${rng.int(1, 9)}${rng.digits(8)}`;
}

/**
 * DVLA licence number: surname (5, padded with 9), decade, month (+50 for women), day, year digit,
 * initials (9 where there is no middle name), a digit and two check letters, then the issue number.
 */
export function drivingLicence(
  rng: Random,
  person: { surname: string; forename: string; middleName?: string; born: Date; female: boolean },
): string {
  const surname = person.surname
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 5)
    .padEnd(5, '9');
  const year = String(person.born.getUTCFullYear());
  const month = person.born.getUTCMonth() + 1 + (person.female ? 50 : 0);
  const day = person.born.getUTCDate();
  const initials = `${person.forename[0]!}${person.middleName?.[0] ?? '9'}`.toUpperCase();
  const letters = 'ABCDEFGHJKLMNPRSTWXY';
  return (
    `${surname}${year[2]}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${year[3]}` +
    `${initials}${rng.int(0, 9)}${rng.pick([...letters])}${rng.pick([...letters])} ${String(rng.int(1, 9)).padStart(2, '0')}`
  );
}

function luhnCheckDigit(partial: string): number {
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
  return (10 - (sum % 10)) % 10;
}

/** Issuer prefixes of UK-issued debit and credit cards (Visa debit, Mastercard, Visa credit). */
const CARD_PREFIXES = ['4659', '4921', '4751', '5404', '5186', '5355', '4462', '5573'];

/** A 16-digit card number, Luhn valid, grouped 4-4-4-4. */
export function cardNumber(rng: Random): string {
  for (;;) {
    const head = `${rng.pick(CARD_PREFIXES)}${rng.digits(11)}`;
    const d = `${head}${luhnCheckDigit(head)}`;
    if (/^(\d)\1+$/.test(d)) continue;
    return d.replace(/(\d{4})(?=\d)/g, '$1 ');
  }
}

/** An American Express number: 15 digits from 34 or 37, Luhn valid, grouped 4-6-5. */
export function amexNumber(rng: Random): string {
  const head = `${rng.pick(['34', '37'])}${rng.digits(12)}`;
  const d = `${head}${luhnCheckDigit(head)}`;
  return `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`;
}

/** Expiry as the card prints it, in the future of the 2025/26 year. */
export function cardExpiry(rng: Random): string {
  return `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(27, 30)}`;
}

export function sortCode(rng: Random): string {
  const d = `${rng.pick(['20', '30', '40', '60', '77', '09', '11', '16'])}${rng.digits(4)}`;
  return `${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}`;
}

export function accountNumber(rng: Random): string {
  return `${rng.int(1, 9)}${rng.digits(7)}`;
}

function mod97(text: string): number {
  let rem = 0;
  for (const ch of text) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rem = v > 9 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem;
}

/** ISO 13616: check digits = 98 − (BBAN + country + "00") mod 97. Grouped in fours, as printed. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  const compact = `${country}${String(check).padStart(2, '0')}${bban}`;
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

/** GB IBAN: bank code, sort code, account number. */
export function gbIban(rng: Random): string {
  return iban('GB', `${rng.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])}${rng.digits(6)}${accountNumber(rng)}`);
}

/** IBANs of the countries a UK school's staff and exchange partners bank in. */
export function foreignIban(rng: Random): string {
  switch (rng.int(0, 3)) {
    case 0:
      return iban('IE', `${rng.pick(['AIBK', 'BOFI'])}${rng.digits(14)}`);
    case 1:
      return iban('FR', rng.digits(23));
    case 2:
      return iban('DE', rng.digits(18));
    default:
      return iban('ES', rng.digits(20));
  }
}

/** Ofcom's drama ranges: 020 7946 0000–0999, 0161 496 0000–0999, 07700 900000–900999. */
export function londonPhone(rng: Random): string {
  return `020 7946 0${rng.digits(3)}`;
}
export function manchesterPhone(rng: Random): string {
  return `0161 496 0${rng.digits(3)}`;
}
export function mobilePhone(rng: Random): string {
  return `07700 900${rng.digits(3)}`;
}

/** Ofcom's drama ranges for other areas: area code, then the local number less its last three digits. */
const DRAMA_LANDLINES = [
  ['020', '7946 0'],
  ['0161', '496 0'],
  ['0113', '496 0'],
  ['0121', '496 0'],
  ['0117', '496 0'],
  ['0191', '498 0'],
  ['029', '2018 0'],
  ['01632', '960'],
] as const;

/** A drama-range number, written in one of the ways people write them: spaced, run together, +44, (0xx). */
export function ukPhone(rng: Random, kind: 'landline' | 'mobile' = rng.chance(0.5) ? 'mobile' : 'landline'): string {
  const [area, local]: readonly [string, string] = kind === 'mobile' ? ['07700', '900'] : rng.pick(DRAMA_LANDLINES);
  const number = `${local}${rng.digits(3)}`;
  return rng.weighted([
    [`${area} ${number}`, 6],
    [`+44 ${area.slice(1)} ${number}`, 1],
    [`${area}${number}`.replace(/ /g, ''), 1],
    [kind === 'mobile' ? `${area} ${number.slice(0, 3)} ${number.slice(3)}` : `(${area}) ${number}`, 1],
  ]);
}

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export interface PostcodeDistrict {
  readonly district: string;
  readonly town: string;
  /** The part of town an address block names between street and post town ("Headingley"). */
  readonly locality?: string;
}

export interface PostalAddress {
  readonly street: string;
  readonly locality?: string;
  readonly town: string;
  readonly postcode: string;
}

/** An invented street in a real postcode district (by default, one near the sample school). */
export function postalAddress(rng: Random, districts: readonly PostcodeDistrict[] = POSTCODE_DISTRICTS): PostalAddress {
  const { district, town, locality } = rng.pick(districts);
  const postcode = `${district} ${rng.int(1, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
  const street = `${rng.int(1, 180)} ${rng.pick(STREET_STEMS)} ${rng.pick(STREET_SUFFIXES)}`;
  return { street, ...(locality ? { locality } : {}), town, postcode };
}

export function addressLine(a: PostalAddress): string {
  return `${a.street}, ${a.town} ${a.postcode}`;
}

/** A day between `from` and `to` (inclusive), at midnight UTC. */
export function dateBetween(rng: Random, from: Date, to: Date): Date {
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000);
  return new Date(from.getTime() + rng.int(0, days) * 86_400_000);
}

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** A birth date for a pupil in Years 1 to 13 or a member of staff, in the 2025/26 school year. */
export function birthDate(rng: Random, who: 'pupil' | 'staff'): Date {
  return who === 'pupil'
    ? dateBetween(rng, utcDate(2007, 9, 1), utcDate(2020, 8, 31))
    : dateBetween(rng, utcDate(1964, 1, 1), utcDate(2001, 12, 31));
}

/** dd/mm/yyyy, as UK forms write dates. */
export function ukDate(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** "March" for 3. */
export function monthName(month: number): string {
  // Local midday on the 15th is in that month whatever the machine's time zone.
  return format(new Date(2000, month - 1, 15, 12), 'MMMM');
}

/** "14 March 2013". */
export function longDate(d: Date): string {
  return `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A date written in one of the ways school paperwork writes them, dd/mm/yyyy most often. */
export function anyDateFormat(rng: Random, d: Date): string {
  const [day, month, year] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
  return rng.weighted([
    [ukDate(d), 6],
    [`${day}/${month}/${year}`, 2],
    [ukDate(d).replace(/\//g, '.'), 1],
    [longDate(d), 3],
    [isoDay(d), 1],
  ]);
}
