import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';

// DVLA layout: surname (9-padded), decade, month (+50 for women), day, year, initials, digit, 2 check letters,
// optional 2-digit issue number. The check letters' algorithm is not public, so the date parts are the check.
// Matched from the birth-date digits (digit-led patterns run far faster), then the surname part is checked.
const DL_TAIL_RE = /\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}(?: ?\d{2})?\b/g;
const SURNAME_PART = /(?:^|[^A-Za-z0-9])[A-Z9]{5}$/;
const KEYWORDS = /\b(driv(?:ing|er'?s?)\s*licen[cs]e|licen[cs]e\s*(?:no|number|#)|dvla|licen[cs]e)/i;

export const drivingLicenceDetector: Detector = {
  type: 'driving_licence',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchAll(text, DL_TAIL_RE)) {
      const start = m.index - 5;
      if (start < 0 || !SURNAME_PART.test(text.slice(Math.max(0, start - 1), m.index))) continue;
      const value = text.slice(start, m.index + m[0].length);
      if (value.startsWith('99999')) continue;
      const end = start + value.length;
      const confidence = hasNearby(text, start, end, KEYWORDS, 300, 40) ? 'high' : 'medium';
      out.push({ start, end, value, confidence });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 2, 2),
};
