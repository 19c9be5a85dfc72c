import fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Detector } from '../../../core/sensitive/detector';
import { scanText, type ScanOptions } from '../../../core/sensitive/scanner';
import type { Confidence, SensitiveType } from '../../../core/sensitive/types';

/**
 * Check digits computed here from the published rules (research/sensitive-data.md), independently of the
 * detectors, so a property test compares two implementations rather than the code with itself.
 */
export function nhsCheckDigit(stem9: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(stem9[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

/** ULN: Σ d·(10..1) ≡ 10 (mod 11). */
export function ulnCheckDigit(stem9: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(stem9[i]) * (10 - i);
  const check = (((10 - sum) % 11) + 11) % 11;
  return check === 10 ? null : check;
}

export const UPN_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** UPN check letter over characters 2..13: Σ pos × value mod 23. */
export function upnCheckLetter(rest12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = rest12[i]!;
    const value = /\d/.test(ch) ? Number(ch) : UPN_ALPHABET.indexOf(ch);
    sum += (i + 2) * value;
  }
  return UPN_ALPHABET[sum % 23]!;
}

/** The Luhn digit that completes `partial`. */
export function luhnCheckDigit(partial: string): number {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** ISO 13616 check digits for a country and BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return String(98 - rem).padStart(2, '0');
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
export const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
export const letters = (n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') =>
  fc
    .array(fc.integer({ min: 0, max: alphabet.length - 1 }), { minLength: n, maxLength: n })
    .map((a) => a.map((i) => alphabet[i]).join(''));

/** Every string that differs from `s` in exactly one digit (each position, each other digit). */
export function singleDigitChanges(s: string, positions?: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of positions ?? [...s].keys()) {
    if (!/\d/.test(s[i]!)) continue;
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
  }
  return out;
}

/** Valid NHS numbers: a random 9-digit stem and its check digit (stems whose check would be 10 are skipped). */
export const validNhsNumber = digits(9)
  .filter((s) => nhsCheckDigit(s) !== null)
  .map((s) => s + nhsCheckDigit(s));

export const validUln = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digits(8))
  .map(([a, b]) => `${a}${b}`)
  .filter((s) => ulnCheckDigit(s) !== null)
  .map((s) => s + ulnCheckDigit(s));

/** A permanent UPN: random LA (3), establishment (4), year (2) and serial (3), with its check letter. */
export const validUpn = fc.tuple(digits(3), digits(4), digits(2), digits(3)).map(([la, est, yr, serial]) => {
  const rest = la + est + yr + serial;
  return upnCheckLetter(rest) + rest;
});

/** A temporary UPN: 2-digit serial and a final alphabet letter. */
export const validTemporaryUpn = fc
  .tuple(digits(3), digits(4), digits(2), digits(2), letters(1, UPN_ALPHABET))
  .map(([la, est, yr, serial, last]) => {
    const rest = la + est + yr + serial + last;
    return upnCheckLetter(rest) + rest;
  });

export const validVisa = digits(14).map((d) => {
  const partial = '4' + d;
  return partial + luhnCheckDigit(partial);
});

export const validGbIban = fc.tuple(letters(4), digits(14)).map(([bank, account]) => {
  const bban = bank + account;
  return `GB${ibanCheckDigits('GB', bban)}${bban}`;
});

export interface Found {
  readonly value: string;
  readonly confidence: Confidence;
  readonly masked: string;
}

/** What the scanner reports for one type, with the raw span (safe here: test inputs are invented). */
export function found(text: string, type: SensitiveType, options: ScanOptions = {}): Found[] {
  return scanText(text, options)
    .filter((m) => m.type === type)
    .map((m) => ({ value: text.slice(m.start, m.end), confidence: m.confidence, masked: m.masked }));
}

/** The single confidence the scanner gives `type` in `text`, or null when it finds nothing of that type. */
export function confidenceOf(text: string, type: SensitiveType): Confidence | null {
  const all = found(text, type);
  if (all.length === 0) return null;
  expect(all).toHaveLength(1);
  return all[0]!.confidence;
}

/** A detector's own candidates as value and confidence. */
export function detected(detector: Detector, text: string): { value: string; confidence: Confidence }[] {
  return detector.detect(text).map((c) => ({ value: c.value, confidence: c.confidence }));
}

const POLICIES = join(__dirname, 'fixtures', 'policies');

/** Five real UK school online-safety policies (public documents), as extracted text. */
export function schoolPolicies(): { name: string; text: string }[] {
  return readdirSync(POLICIES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(POLICIES, name), 'utf8') }));
}
