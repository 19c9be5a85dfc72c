import { digitRuns, digitsOf, hasNearby, labelBefore } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';
import { labelledAsOther, weightedSum } from './mod11';

const NHS_RE = /\d{3}([- ]?)\d{3}\1\d{4}(?![\d-])/g;
const KEYWORDS =
  /\b(nhs|national health|health service|health authority|patient|chi number|chi no|h&c|hospital (?:number|no)|medical record)/i;

/** NHS mod 11: check = 11 − (Σ first 9 × 10..2 mod 11); 11 means 0 and 10 means invalid. */
export function isValidNhsNumber(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10) return false;
  let check = 11 - (weightedSum(d, 9) % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === d.charCodeAt(9) - 48;
}

export const nhsNumberDetector: Detector = {
  type: 'nhs_number',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of digitRuns(text, NHS_RE)) {
      const value = m[0];
      if (!isValidNhsNumber(value)) continue;
      const start = m.index;
      const end = start + value.length;
      if (labelledAsOther(labelBefore(text, start), KEYWORDS)) continue;
      // As in Purview, a checksum alone is a guess (1 in 11); the NHS keyword makes it a finding.
      const confidence = hasNearby(text, start, end, KEYWORDS, 300, 40) ? 'high' : 'low';
      out.push({ start, end, value, confidence });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 3, 2),
};
