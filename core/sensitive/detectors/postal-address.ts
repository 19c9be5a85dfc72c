import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';

// Royal Mail postcode (gov.uk bulk data / BS 7666 form).
const POSTCODE = String.raw`(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})`;
const POSTCODE_RE = new RegExp(String.raw`\b${POSTCODE}\b`, 'g');
const STREET =
  /\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Gr|Terrace|Terr|Hill|Park|Row|View|Walk|Mews|Square|Sq|Rise|Vale|Green|Parade|Gate|Croft|Fold|Bank|Wharf|Yard|Meadow|Meadows|Chase|Approach|Boulevard|End|Side)\b/;
const KEYWORDS = /\b(address|lives at|home|resid)/i;

export const postalAddressDetector: Detector = {
  type: 'postal_address',
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchAll(text, POSTCODE_RE)) {
      const pcStart = m.index;
      const pcEnd = pcStart + m[0].length;
      // Look back along the same line (or the two lines above, for a letter's address block) for a street line.
      const lineStart = text.lastIndexOf('\n', pcStart - 1) + 1;
      let from = lineStart;
      for (let k = 0; k < 3 && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
      const before = text.slice(Math.max(from, pcStart - 160), pcStart);
      const street = STREET.exec(before);
      if (!street) {
        // A postcode on its own locates a street, not a home: low risk.
        out.push({ start: pcStart, end: pcEnd, value: m[0], confidence: 'low' });
        continue;
      }
      const start = pcStart - before.length + street.index;
      const confidence = hasNearby(text, start, pcEnd, KEYWORDS, 60, 0) ? 'high' : 'medium';
      out.push({ start, end: pcEnd, value: text.slice(start, pcEnd), confidence });
    }
    return out;
  },
  mask: (v) => {
    const pc = new RegExp(String.raw`${POSTCODE}$`).exec(v);
    const outward = pc ? pc[0].replace(/\s?[0-9][A-Z]{2}$/, '') : '';
    return pc && pc.index > 0 ? `*** ${outward} ***` : `${outward} ***`;
  },
};
