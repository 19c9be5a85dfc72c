import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';

// DfE UPN alphabet: I, O and S are never used. Check letter = ALPHABET[Σ pos × value mod 23].
const ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const UPN_RE = /\b[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]\b/g;
const KEYWORDS = /\b(upn|u\.p\.n|unique pupil|pupil number|pupil no|pupil id)/i;

/** True when `upn` (13 chars, permanent or temporary) carries the right check letter. */
export function isValidUpn(upn: string): boolean {
  if (!/^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let pos = 2; pos <= 13; pos++) {
    const ch = upn[pos - 1]!;
    const value = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ALPHABET.indexOf(ch);
    if (value < 0) return false;
    sum += pos * value;
  }
  return ALPHABET[sum % 23] === upn[0];
}

export const upnDetector: Detector = {
  type: 'upn',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchAll(text, UPN_RE)) {
      const value = m[0];
      if (!isValidUpn(value)) continue;
      const start = m.index;
      const end = start + value.length;
      // One random letter+12 string in 23 passes the check; the shape itself is rare in prose, so a valid
      // UPN is medium on its own and high beside its name or column header.
      out.push({ start, end, value, confidence: hasNearby(text, start, end, KEYWORDS, 300, 40) ? 'high' : 'medium' });
    }
    return out;
  },
  mask: (v) => maskKeep(v, 2, 3),
};
