import { digitRuns, digitsOf, hasNearby } from '../context';
import type { Candidate, Detector } from '../detector';

const CARD_RE = /\d(?:[ -]?\d){12,18}(?!\d)/g;
const KEYWORDS =
  /\b(card|visa|mastercard|master card|maestro|amex|american express|debit|credit|expiry|expires|exp\.?|valid (?:to|thru)|cvv|cvc|security code|pan)\b/i;

/** Luhn mod 10 over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer ranges and lengths of the cards a UK school meets (Visa, Mastercard, Amex, Maestro, Discover, JCB, Diners). */
export function cardBrand(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || (p6 >= 644000 && p6 <= 659999)) && n >= 16 && n <= 19) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if ((p2 === 36 || (p4 >= 3000 && p4 <= 3059) || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  if (['50', '56', '57', '58', '63', '67'].includes(digits.slice(0, 2)) && n >= 12 && n <= 19) return 'maestro';
  return null;
}

export function isValidCardNumber(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length >= 12 && d.length <= 19 && cardBrand(d) !== null && luhnValid(d) && !/^(\d)\1+$/.test(d);
}

/** The longest prefix of a digit run, ending at a digit, that is a valid card number. */
export function longestValidCard(run: string): string | null {
  for (let end = run.length; end > 0; end--) {
    if (!/\d/.test(run[end - 1]!)) continue;
    const candidate = run.slice(0, end);
    const n = digitsOf(candidate).length;
    if (n < 12) return null;
    // Cut only at a separator or at the run's end, never inside a group of digits.
    if (end < run.length && /\d/.test(run[end]!)) continue;
    if (isValidCardNumber(candidate)) return candidate;
  }
  return null;
}

export const paymentCardDetector: Detector = {
  type: 'payment_card',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of digitRuns(text, CARD_RE)) {
      // The run of digits may carry on past the card (an expiry, a CVV): take the longest valid card it starts with.
      const value = longestValidCard(m[0]);
      if (value === null) continue;
      const start = m.index;
      const end = start + value.length;
      const keyword = hasNearby(text, start, end, KEYWORDS, 200, 60);
      // Luhn alone passes one number in ten: grouped like a card (4-4-4-4 / 4-6-5) it is likely, otherwise a guess.
      const grouped = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$|^\d{4}([ -])\d{6}\2\d{5}$/.test(value);
      out.push({ start, end, value, confidence: keyword ? 'high' : grouped ? 'medium' : 'low' });
    }
    return out;
  },
  mask: (v) => {
    // PCI DSS allows the last four digits to be shown.
    let seen = 0;
    const total = digitsOf(v).length;
    return v.replace(/\d/g, (d) => (++seen > total - 4 ? d : '*'));
  },
};
