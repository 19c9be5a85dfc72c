import type { Candidate } from '../detector';
import { maskPhrase } from '../mask';
import type { SensitiveType } from '../types';
import { passageAround } from './passage';
import { type KnownNames, namesIn, personAnchor } from './person-anchor';
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
  /(?:\b(?:pupils|children|students|learners|young people|people|families|those|anyone|someone|any|all|every|each|a (?:child|pupil|student|learner|young person|member of staff)|such as|for example|(?:if|whether|where|when|unless) (?:a|an|any|the|one) (?:child|pupil|student|learner|young person|member of staff|adult))\b|\be\.g\.)[^.;:|]{0,30}$/i;

// A term followed by a group noun is a category of people ("looked-after children", "SEN pupils").
const GENERIC_AFTER =
  /^\s*(?:children|pupils|students|learners|young people|staff|families|people|policy|procedures?|training|team|register\b(?! (?:at|for|since)))/i;
// A member of staff named for their role ("Mrs Hughes, our school nurse, manages medication") is not
// personal data about their health.
const ROLE_CONTEXT =
  /\b(?:is (?:our|the)|our|designated|lead|coordinator|co-ordinator|responsible for|contact|senco|dsl|nurse|governor|head of|manager|officer|trained|training|oversees|coordinates|supports staff)\b/i;

const LOOK_BACK = 6000;

/**
 * Names used in full shortly before a passage ("Subject: Grace Parker absence", then "Grace has
 * tonsillitis"). Asked word by word, only for passages with no anchor of their own: the word is looked
 * up with indexOf in the text before the passage, and each place it occurs is checked for a full name.
 * Reading every name in the text instead would cost more than the rest of the scan.
 */
function knownNamesNear(text: string, earlier: ReadonlySet<string>): (index: number) => KnownNames {
  return (index) => {
    const from = Math.max(0, index - LOOK_BACK);
    const cache = new Map<string, boolean>();
    return {
      has(word) {
        if (earlier.has(word)) return true;
        let known = cache.get(word);
        if (known === undefined) cache.set(word, (known = usedInFullName(text, word, from, index + 200)));
        return known;
      },
    };
  };
}

function usedInFullName(text: string, word: string, from: number, to: number): boolean {
  const capitalised = word[0]!.toUpperCase() + word.slice(1);
  for (let i = text.indexOf(capitalised, from); i !== -1 && i < to; i = text.indexOf(capitalised, i + 1)) {
    const around = text.slice(Math.max(0, i - 40), Math.min(text.length, i + capitalised.length + 40));
    if (namesIn(around).has(word)) return true;
  }
  return false;
}

// "Medical conditions / allergies: No", "Medication: N/A": a form's question, answered in the negative.
const NEGATIVE_ANSWER =
  /^\s*(?:(?:no|none|nil|nothing|not)(?: known| reported| to report| declared| applicable)?|n\/?a|no known \w+|-+|_+|\.+|x|\?)?\s*\.?\s*(?:\||\n|$)/i;

// A cell that names a job or an area of responsibility ("Link area: SEND", "Role: Deputy DSL").
const ROLE_LABEL =
  /(?:role|link(?: area)?|responsibilit(?:y|ies)|job(?: title)?|post|position|department|team|subject|area)\s*:\s*[^|:]*$/i;

/** The term is the value of a role or responsibility cell in a table row. */
function isRoleCell(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const cellStart = text.lastIndexOf('|', start - 1);
  return ROLE_LABEL.test(text.slice(Math.max(lineStart, cellStart + 1), start));
}

/** The term sits in a field's label (before its colon) and the field is blank or answered no. */
function isUnansweredField(text: string, start: number, end: number): boolean {
  // Every search stays on the term's own line: searching a 1 MB segment to its end for each term is slow.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const s = start - lineStart;
  const e = end - lineStart;
  const cellStart = line.lastIndexOf('|', s - 1) + 1;
  const pipe = line.indexOf('|', e);
  const cellEnd = pipe === -1 ? line.length : pipe;
  const colon = line.indexOf(':', e);
  if (colon === -1 || colon >= cellEnd || line.slice(cellStart, s).includes(':')) return false;
  return NEGATIVE_ANSWER.test(line.slice(colon + 1, cellEnd + 1));
}

export interface SpecialCandidate extends Candidate {
  readonly type: SpecialCategoryLexicon['type'];
}

// A named member of staff described by the job they do ("Sarah Jones leads first aid training and holds the
// medication log", "contact Jane Smith (SENCO)"): stronger signs than for a title alone, since a named pupil's
// record may well mention "our" or "contact".
const STAFF_ROLE =
  /\b(?:leads|teaches|coordinates|co-ordinates|oversees|is responsible for|is (?:our|the) (?:school |designated )?(?:nurse|senco|dsl|lead|teacher|governor|first aider|officer)|(?:delivers|runs|holds) (?:\w+ )?(?:training|sessions|lessons|the \w+ log)|designated (?:safeguarding|teacher)|\((?:senco|dsl|deputy dsl|school nurse|designated \w+ lead)\))/i;

/**
 * Health, SEN and safeguarding: a term, in a passage that names a person, that is not a generic mention.
 * `anchors` are spans of identifiers (UPN, NHS number, date of birth…) found in the same text: a row that
 * carries a UPN is about that pupil even with no name in it. All lexicons share one pass over the text.
 */
export function createSpecialCategoryScanner(lexicons: readonly SpecialCategoryLexicon[]) {
  const terms = lexicons.flatMap((l) =>
    l.terms.map((t) => ({ source: termSource(t), triggers: termTriggers(t), type: l.type })),
  );
  const codes = lexicons.flatMap((l) => l.codes.map((code) => ({ code, type: l.type })));
  const matcher = createTermMatcher(
    terms,
    codes.map((c) => c.code),
  );
  const typeOf = [...terms.map((t) => t.type), ...codes.map((c) => c.type)];
  return {
    types: lexicons.map((l) => l.type),
    /** `earlierNames`: names used in full in the text before this one (the previous segment's end). */
    detect(
      text: string,
      anchors: readonly { start: number; end: number }[],
      earlierNames: ReadonlySet<string> = new Set(),
    ): SpecialCandidate[] {
      const out: SpecialCandidate[] = [];
      const seen = new Set<string>();
      const knownNear = knownNamesNear(text, earlierNames);
      for (const m of matcher.find(text)) {
        const type = typeOf[m.term]!;
        const p = passageAround(text, m.start);
        if (p.isHeader) continue;
        const key = `${type}:${p.start}`;
        if (seen.has(key)) continue;
        const passage = text.slice(p.start, p.end);
        const before = text.slice(p.start, m.start);
        if (!p.isRow && (GENERIC_BEFORE.test(before) || GENERIC_AFTER.test(text.slice(m.end, p.end)))) continue;
        if (isUnansweredField(text, m.start, m.end)) continue;
        if (p.isRow && isRoleCell(text, m.start)) continue;
        const anchor = anchors.some((a) => a.start >= p.start && a.end <= p.end)
          ? 'identifier'
          : (personAnchor(passage, p.isRow) ?? personAnchor(passage, p.isRow, knownNear(p.start)));
        if (!anchor) continue;
        if (anchor === 'title' && ROLE_CONTEXT.test(passage)) continue;
        if (anchor === 'name' && STAFF_ROLE.test(passage)) continue;
        seen.add(key);
        out.push({ type, start: m.start, end: m.end, value: m.text, confidence: 'high' });
      }
      return out;
    },
    mask: (v: string) => maskPhrase(v),
  };
}
