import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';

// HMRC NIM39110: D F I Q U V never appear in the prefix, O never second; BG GB KN NK NT TN ZZ unused.
const NINO_RE = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]?\b/g;
const KEYWORDS = /\b(national insurance|ni (?:number|no|#)|n\.i\.|nino|insurance (?:number|no))/i;

export function isValidNiNumber(raw: string): boolean {
  const s = raw.replace(/\s/g, '');
  if (!/^[A-Z]{2}\d{6}[A-D]?$/.test(s)) return false;
  NINO_RE.lastIndex = 0;
  return new RegExp(`^${NINO_RE.source}$`).test(s);
}

export const niNumberDetector: Detector = {
  type: 'ni_number',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchAll(text, NINO_RE)) {
      const value = m[0];
      const start = m.index;
      const end = start + value.length;
      const keyword = hasNearby(text, start, end, KEYWORDS, 300, 40);
      const hasSuffix = /[A-D]$/.test(value);
      // Electronic returns may leave the suffix off; without it only the keyword tells it from a product code.
      if (!hasSuffix && !keyword) continue;
      out.push({ start, end, value, confidence: keyword ? 'high' : hasSuffix ? 'medium' : 'low' });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 2, 1),
};
