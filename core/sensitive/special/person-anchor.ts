import { COMMON_WORDS_TEXT, VERY_COMMON_WORDS_TEXT } from '../data/common-words';
import { FORENAMES_TEXT } from '../data/forenames';

/**
 * Is a particular person named in this passage? Health, SEN and safeguarding words are only personal data
 * about someone identifiable (CONTRACTS §3): a policy about "pupils with medical conditions" names nobody.
 */
let commonWords: Set<string> | undefined;
let forenames: Set<string> | undefined;
let veryCommonWords: Set<string> | undefined;
function veryCommon(): Set<string> {
  return (veryCommonWords ??= new Set(VERY_COMMON_WORDS_TEXT.join(' ').split(' ')));
}
function common(): Set<string> {
  return (commonWords ??= new Set(COMMON_WORDS_TEXT.join(' ').split(' ')));
}
function firstNames(): Set<string> {
  return (forenames ??= new Set(FORENAMES_TEXT.join(' ').split(' ')));
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'revd', 'prof', 'sir', 'dame', 'lady', 'lord', 'st']);
// A first name that is also a word ("Lily", "Grace") still names someone when a verb follows it.
const VERB_AFTER =
  /^['’]?s? (?:is|was|has|had|needs|needed|told|said|came|went|will|won't|can't|cannot|did|does|doesn't|didn't|seems|seemed|appears|appeared|reported|disclosed|uses|used|takes|took|gets|got|has been|was seen)\b/;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Prof)\.? [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b/;
const CAPITALISED = /\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b/g;
// "Pupil A", "Child X", and initials with a year or form ("J.S. (Y9)", "JS (9C)"): how records anonymise a
// particular child, who is still identifiable to the school.
const REFERENCE =
  /\b(?:[Pp]upil|[Cc]hild|[Ss]tudent|[Ll]earner|[Yy]oung person) [A-Z]\b(?![a-z'])|\b[A-Z]\.? ?[A-Z]\.? ?\((?:Y(?:ear)? ?\d{1,2}|\d{1,2}[A-Z]{1,3})\)/;
const FAMILY =
  /\b(?:your|his|her) (?:son|daughter|child|mum|mother|dad|father|step-?(?:dad|mum|father|mother)|nan|grandma|grandad|carer)\b/i;
const PERSON_COLUMN =
  /(?:^|\| )(?:pupil|student|child|learner|name|full name|forename|first name|surname|legal surname|preferred name|staff|staff member|member of staff|employee|colleague|patient|young person|child's name|pupil name|student name)s?: ([^|]+)/i;
// Capitalised words that are never part of a person's name in school documents.
const NOT_NAMES = new Set(
  'academy school college trust council city county borough university hospital surgery centre center street road lane avenue close drive way court house hall park bank church primary secondary infant junior nursery high grammar community foundation service services team department office board authority ltd limited plc group nhs gp'.split(
    ' ',
  ),
);

/** Words the document has used as part of a full name; a Set will do, or a lazy lookup. */
export interface KnownNames {
  has(lowerCaseWord: string): boolean;
}

export type PersonAnchor = 'column' | 'name' | 'reference' | 'title' | null;

/** How the passage names a person, if it does: a person column, a name, "Pupil A"/"her mum", or a title ("Mrs Kelly"). */
export function personAnchor(passage: string, isRow: boolean, known: KnownNames = EMPTY): PersonAnchor {
  if (isRow) {
    const col = PERSON_COLUMN.exec(passage);
    if (col && /[A-Za-z]{2}/.test(col[1]!) && !/^[_\s.-]+$/.test(col[1]!)) return 'column';
  }
  if (hasNamedPerson(passage, known)) return 'name';
  if (REFERENCE.test(passage) || FAMILY.test(passage)) return 'reference';
  if (HONORIFIC.test(passage)) return 'title';
  return null;
}

const EMPTY: KnownNames = new Set<string>();
const isPossessive = (w: string) => {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115 /* s */) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 8217; // ' or ’
};
const stripPossessive = (w: string) => (isPossessive(w) ? w.slice(0, -2) : w);

// Common British surnames that are also everyday words: after a first name they still make a full name
// ("Holly White", "Amira Smith").
const WORD_SURNAMES = new Set(
  'smith brown wood walker white green hall king wright hill baker cook turner ward moore clark young cooper hunt rose marsh bishop fox lord dean day may black price bell bird mills short long little rich page parsons porter potter shepherd knight fisher miller mason butler carter taylor webb stone banks brooks lane field marshall gardner hunter archer bailey barber booth bull bush chapman church cross dyer fletcher ford frost gray grey hope house jolly lamb lee lock love mann moss nash noble north page palmer park parker payne pearce pool reed rice savage sharp singer slater spencer stewart summers swan street tanner thorn todd tucker waters weaver west wild wolf woods yates'.split(
    ' ',
  ),
);

/**
 * A first name we know that is not an everyday word ("Maya"), a forename + surname pair ("Ruby Holmes"),
 * or a word the same document used as part of a full name (`known`: "Grace" after "Grace Parker").
 */
export function hasNamedPerson(passage: string, known: KnownNames = EMPTY): boolean {
  let found = false;
  forEachName(passage, known, () => {
    found = true;
    return false;
  });
  return found;
}

/** The words of every full name in a text ("Grace Parker" gives grace, parker), so later mentions count. */
export function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  forEachName(text, EMPTY, (first, surname) => {
    if (first && surname) {
      out.add(first);
      out.add(surname);
    }
    return true;
  });
  return out;
}

/** Calls `found` for each name; stops when it returns false. */
function forEachName(
  passage: string,
  known: KnownNames,
  found: (first: string | null, surname: string | null) => boolean,
): void {
  const words = common();
  const names = firstNames();
  CAPITALISED.lastIndex = 0;
  let prev: { word: string; end: number } | null = null;
  let afterTitle = false;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED.exec(passage)) !== null) {
    const word = m[0];
    const lower = stripPossessive(word.toLowerCase());
    const titled = afterTitle && passage.charCodeAt(m.index - 1) === 32;
    afterTitle = TITLES.has(lower);
    // The word after a title is a surname (a 'title' anchor, judged apart), even if it is also a first name.
    if (!NOT_NAMES.has(lower) && !titled) {
      const forename =
        names.has(lower) &&
        (!words.has(lower) || VERB_AFTER.test(passage.slice(m.index + word.length, m.index + word.length + 16)));
      // Only a possible name is looked up among the known ones: an everyday word ("The") never is.
      if (forename || ((names.has(lower) || !words.has(lower)) && known.has(lower))) {
        if (!found(lower, null)) return;
      }
      if (prev && m.index === prev.end + 1 && passage.charCodeAt(prev.end) === 32) {
        const first = prev.word;
        // "Ruby Holmes", "Jack Booth" (a known forename before a surname that is not an everyday word),
        // or two capitalised words that are neither of them English words ("Thuy Nguyen").
        const isName =
          names.has(first) || !words.has(first)
            ? !veryCommon().has(lower) || WORD_SURNAMES.has(lower) || (!words.has(first) && !words.has(lower))
            : false;
        if (isName) {
          if (!found(first, lower)) return;
        }
      }
    }
    // After a title the next word is a surname ('title' anchor, handled apart), not the second half of a name.
    prev =
      NOT_NAMES.has(lower) || TITLES.has(lower) || isPossessive(word)
        ? null
        : { word: lower, end: m.index + word.length };
  }
}
