import type { Candidate } from '../detector';
import { maskPhrase } from '../mask';
import type { SensitiveType } from '../types';
import { passageAround } from './passage';
import { namesIn, personAnchor } from './person-anchor';
import { type Term, termSource, termTriggers } from './term';
import { createTermMatcher } from './term-automaton';

export interface SpecialCategoryLexicon {
  readonly type: Extract<SensitiveType, 'health' | 'sen' | 'safeguarding'>;
  /** Case-insensitive phrases (regex source). */
  readonly terms: readonly Term[];
  /** Case-sensitive codes (SEMH, LAC). */
  readonly codes: readonly string[];
}

// A term right after these words speaks of a group or a hypothetical ("pupils with diabetes", "if a child
// discloses"), which is how policies and guidance talk; records talk about one person.
const GENERIC_BEFORE =
  /\b(?:pupils|children|students|learners|young people|people|those|anyone|any|all|every|each|a child|a pupil|a student|a learner|a young person|families|such as|e\.g\.?|for example|including|if|whether|where|when)\b[^.;:|]{0,30}$/i;

// A term followed by a group noun is a category of people ("looked-after children", "SEN pupils").
const GENERIC_AFTER = /^\s*(?:children|pupils|students|learners|young people|staff|families|people|policy|procedures?|training|team|register\b(?! (?:at|for|since)))/i;
// A member of staff named for their role ("Mrs Hughes, our school nurse, manages medication") is not
// personal data about their health.
const ROLE_CONTEXT =
  /\b(?:is (?:our|the)|our|designated|lead|coordinator|co-ordinator|responsible for|contact|senco|dsl|nurse|governor|head of|manager|officer|trained|training|oversees|coordinates|supports staff)\b/i;

export interface SpecialCandidate extends Candidate {
  readonly type: SpecialCategoryLexicon['type'];
}

/**
 * Health, SEN and safeguarding: a term, in a passage that names a person, that is not a generic mention.
 * `anchors` are spans of identifiers (UPN, NHS number, date of birth…) found in the same text: a row that
 * carries a UPN is about that pupil even with no name in it. All lexicons share one pass over the text.
 */
export function createSpecialCategoryScanner(lexicons: readonly SpecialCategoryLexicon[]) {
  const terms = lexicons.flatMap((l) => l.terms.map((t) => ({ source: termSource(t), triggers: termTriggers(t), type: l.type })));
  const codes = lexicons.flatMap((l) => l.codes.map((code) => ({ code, type: l.type })));
  const matcher = createTermMatcher(
    terms,
    codes.map((c) => c.code),
  );
  const typeOf = [...terms.map((t) => t.type), ...codes.map((c) => c.type)];
  return {
    types: lexicons.map((l) => l.type),
    detect(text: string, anchors: readonly { start: number; end: number }[]): SpecialCandidate[] {
      const out: SpecialCandidate[] = [];
      const seen = new Set<string>();
      let known: Set<string> | undefined;
      for (const m of matcher.find(text)) {
        const type = typeOf[m.term]!;
        const p = passageAround(text, m.start);
        const key = `${type}:${p.start}`;
        if (seen.has(key)) continue;
        const passage = text.slice(p.start, p.end);
        const before = text.slice(p.start, m.start);
        if (!p.isRow && (GENERIC_BEFORE.test(before) || GENERIC_AFTER.test(text.slice(m.end, p.end)))) continue;
        // Names used in full elsewhere in the text ("Grace Parker", then "Grace") are gathered only when
        // the passage has no anchor of its own: it is a pass over the whole text.
        const anchor = anchors.some((a) => a.start >= p.start && a.end <= p.end)
          ? 'identifier'
          : (personAnchor(passage, p.isRow) ?? personAnchor(passage, p.isRow, (known ??= namesIn(text))));
        if (!anchor) continue;
        if (anchor === 'title' && ROLE_CONTEXT.test(passage)) continue;
        seen.add(key);
        out.push({ type, start: m.start, end: m.end, value: m.text, confidence: 'high' });
      }
      return out;
    },
    mask: (v: string) => maskPhrase(v),
  };
}
