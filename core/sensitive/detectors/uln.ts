import { digitRuns, hasNearby, labelBefore } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';
import { labelledAsOther, weightedSum } from './mod11';

const ULN_RE = /[1-9]\d{9}(?![\d-])/g;
const KEYWORDS = /\b(uln|u\.l\.n|unique learner|learner (?:number|no|id|ref))/i;

/** HESA/MIAP rule: Σ d·(10..1) ≡ 10 (mod 11). Never overlaps a valid NHS number (≡ 0). */
export function isValidUln(uln: string): boolean {
  if (!/^[1-9]\d{9}$/.test(uln)) return false;
  return weightedSum(uln, 10) % 11 === 10;
}

export const ulnDetector: Detector = {
  type: 'uln',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of digitRuns(text, ULN_RE)) {
      const value = m[0];
      if (!isValidUln(value)) continue;
      const start = m.index;
      const end = start + value.length;
      if (labelledAsOther(labelBefore(text, start), KEYWORDS)) continue;
      // One random 10-digit number in 11 passes; only the learner-number label makes it more than a guess.
      const confidence = hasNearby(text, start, end, KEYWORDS, 300, 40) ? 'high' : 'low';
      out.push({ start, end, value, confidence });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 2, 2),
};
