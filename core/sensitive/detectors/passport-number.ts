import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';
import { containsAny, spellings } from '../prefilter';

const CUES = spellings('passport');

// A UK passport number is nine digits (older ones: a letter or digit then eight digits) with no check digit
// printed, so it is reported only beside the word passport.
// Found from its digits (a digit-led pattern is fast); up to two letters before them are then taken in.
const DIGITS_RE = /\d{7,9}(?![\w-])/g;
// "Pupil passport" and "one-page passport" are SEN profiles, not travel documents.
const KEYWORDS = /(?<!\b(?:pupil|learning|one[- ]page|communication|health|sen|send|my)\s)\bpassport(?!\s+to\b)/i;
const STRONG = /\bpassport\s*(?:no\.?|number|num|#|:)/i;

export const passportNumberDetector: Detector = {
  type: 'passport_number',
  detect(text) {
    const out: Candidate[] = [];
    if (!containsAny(text, CUES)) return out;
    for (const m of matchAll(text, DIGITS_RE)) {
      let start = m.index;
      while (start > m.index - 2 && start > 0 && /[A-Z]/.test(text[start - 1]!)) start--;
      const end = m.index + m[0].length;
      const value = text.slice(start, end);
      if (start > 0 && /[\w-]/.test(text[start - 1]!)) continue;
      if (!/^(?:\d{9}|[A-Z]\d{8}|[A-Z]{2}\d{7})$/.test(value)) continue;
      if (!hasNearby(text, start, end, KEYWORDS, 120, 20)) continue;
      const confidence = hasNearby(text, start, end, STRONG, 80, 0) ? 'high' : 'medium';
      out.push({ start, end, value, confidence });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 2, 2),
};
