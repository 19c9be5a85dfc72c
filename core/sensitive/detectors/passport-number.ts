import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';
import { containsAny, spellings } from '../prefilter';

const CUES = spellings('passport');

// A UK passport number is nine digits (older ones: a letter or digit then eight digits) with no check digit
// printed, so it is reported only beside the word passport.
const PASSPORT_RE = /(?<![\w-])(?:\d{9}|[A-Z]\d{8}|[A-Z]{2}\d{7})(?![\w-])/g;
// "Pupil passport" and "one-page passport" are SEN profiles, not travel documents.
const KEYWORDS = /(?<!\b(?:pupil|learning|one[- ]page|communication|health|sen|send|my)\s)\bpassport(?!\s+to\b)/i;
const STRONG = /\bpassport\s*(?:no\.?|number|num|#|:)/i;

export const passportNumberDetector: Detector = {
  type: 'passport_number',
  detect(text) {
    const out: Candidate[] = [];
    if (!containsAny(text, CUES)) return out;
    for (const m of matchAll(text, PASSPORT_RE)) {
      const value = m[0];
      const start = m.index;
      const end = start + value.length;
      if (!hasNearby(text, start, end, KEYWORDS, 120, 20)) continue;
      const confidence = hasNearby(text, start, end, STRONG, 80, 0) ? 'high' : 'medium';
      out.push({ start, end, value, confidence });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 2, 2),
};
