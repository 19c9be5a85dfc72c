import { digitsOf, hasNearby, labelBefore, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';

// A full stop, slash or dash right after the number ends it unless a digit follows (then it is a date or a range).
const PHONE_RE = /(?<![\w+/.-])(?:\+44\s?(?:\(0\)\s?)?|0044\s?|\(0|0)\d[\d ()-]{7,14}\d(?!\d|[/.-]\d)/g;
// A label right before it says the number is something else.
const OTHER_LABEL =
  /\b(?:ref|reference|candidate|invoice|order|account|acc|isbn|uci|urn|upn|uln|nhs|no\. of|serial)\b[^|\n\d]{0,12}$/i;
const KEYWORDS = /\b(tel|telephone|phone|mobile|mob|cell|call|ring|text|contact|landline|home no|work no|emergency)\b/i;

/** UK national significant number: 10 digits (some 01 areas 9) starting 1, 2, 3, 5, 7 or 8; no 070/076 pagers. */
export function isUkPhoneNumber(raw: string): boolean {
  let d = digitsOf(raw);
  if (d.startsWith('0044')) d = d.slice(4);
  else if (d.startsWith('44') && raw.trim().startsWith('+')) d = d.slice(2);
  if (d.startsWith('0')) d = d.slice(1);
  if (d.length !== 10 && !(d.length === 9 && d.startsWith('1'))) return false;
  if (!/^[123578]/.test(d)) return false;
  if (d.startsWith('70') || (d.startsWith('76') && !d.startsWith('7624'))) return false;
  return true;
}

export const phoneNumberDetector: Detector = {
  type: 'phone_number',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchAll(text, PHONE_RE)) {
      const value = m[0].replace(/[\s(-]+$/, '');
      if (!isUkPhoneNumber(value)) continue;
      if (OTHER_LABEL.test(labelBefore(text, m.index))) continue;
      // Parentheses must balance, or the match ran into neighbouring text.
      if ((value.match(/\(/g)?.length ?? 0) !== (value.match(/\)/g)?.length ?? 0)) continue;
      const start = m.index;
      const end = start + value.length;
      out.push({ start, end, value, confidence: hasNearby(text, start, end, KEYWORDS, 60, 10) ? 'high' : 'medium' });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 4, 2),
};
