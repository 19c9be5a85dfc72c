import { labelBefore, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { containsAny, spellings } from '../prefilter';

const CUES = [...spellings('dob', 'birth', 'born'), 'D.O.B', 'd.o.b', 'Dob'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// d/m/yyyy d-m-yyyy d.m.yyyy (and 2-digit years), d Month yyyy, Month d, yyyy, yyyy-mm-dd. Every branch
// starts with a digit (the "Month d" form checks its month with a look-behind once the day has matched):
// a pattern that can start with a letter is tried at every position of the text and is several times slower.
const DATE_RE = new RegExp(
  [
    String.raw`(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)`,
    String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})\s*,?\s+(\d{4})\b`,
    String.raw`(\d{1,2})(?<=\b(${MONTH_NAME})\s+\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
    String.raw`(\d{4})-(\d{2})-(\d{2})(?!\d|-\d)`,
  ].join('|'),
  'gi',
);
// The label must stand right before the date (a format hint such as "(dd/mm/yyyy)" may sit between), so a
// second date in the same cell ("DOB: 14/02/2011, joined 01/09/2016") is not taken for a birth date.
const LABEL = /\b(?:dob|d\.o\.b|date of birth|birth ?date|born|birthday|date born)\.?[^\d\n|]{0,20}$/i;
const SENTENCE_CUE =
  /\b(?:dob|d\.o\.b|date of birth|birth ?date|birthday(?: is)?)\b[^\d.!?\n|]{0,12}$|\bborn\b([^\d.!?\n|]{0,50})$/i;
// "Born in Leeds, she moved here on 3 May 2019": another subject or event between "born" and the date.
const OTHER_EVENT =
  /\b(?:she|he|they|moved|joined|started|left|came|arrived|transferred|admitted|enrolled|since|until)\b/i;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The calendar date of a DATE_RE match, or null when it is not a real date. */
export function parseDateMatch(m: RegExpExecArray): Ymd | null {
  let y: number, mo: number, d: number;
  if (m[1] !== undefined) {
    d = Number(m[1]);
    mo = Number(m[3]);
    y = Number(m[4]);
    if (m[4]!.length === 2) y += y > 30 ? 1900 : 2000;
  } else if (m[5] !== undefined) {
    d = Number(m[5]);
    mo = monthIndex(m[6]!);
    y = Number(m[7]);
  } else if (m[8] !== undefined) {
    d = Number(m[8]);
    mo = monthIndex(m[9]!);
    y = Number(m[10]);
  } else {
    y = Number(m[11]);
    mo = Number(m[12]);
    d = Number(m[13]);
  }
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return { y, m: mo, d };
}

/**
 * A date is a date of birth only when it is labelled as one (its column header or form label) or a birth
 * word leads up to it in the same sentence; school documents are full of other dates. A birth year must be
 * plausible for a pupil or a member of staff.
 */
export function createDateOfBirthDetector(now: () => Date = () => new Date()): Detector {
  return {
    type: 'date_of_birth',
    detect(text) {
      const out: Candidate[] = [];
      if (!containsAny(text, CUES)) return out;
      const thisYear = now().getUTCFullYear();
      for (const m of matchAll(text, DATE_RE)) {
        // Digits glued to letters or other digits before the match are part of something else (a reference).
        if (m.index > 0 && /[\w/.-]/.test(text[m.index - 1]!)) continue;
        const date = parseDateMatch(m);
        if (!date || date.y < thisYear - 100 || date.y > thisYear) continue;
        // "March 14, 2012" matched from its day: the value starts at the month name.
        const start = m[9] !== undefined ? text.lastIndexOf(m[9], m.index) : m.index;
        const end = m.index + m[0].length;
        let confidence: Candidate['confidence'] | null = null;
        const label = labelBefore(text, start, 40);
        if (LABEL.test(label) && !/\d/.test(label.slice(label.search(LABEL)))) confidence = 'high';
        else {
          const cue = SENTENCE_CUE.exec(text.slice(Math.max(0, start - 64), start));
          if (cue && !(cue[1] !== undefined && OTHER_EVENT.test(cue[1]))) confidence = 'medium';
        }
        if (confidence) out.push({ start, end, value: text.slice(start, end), confidence });
      }
      return out;
    },
    mask: maskDate,
  };
}

/** `12/**\/2014`, `4 *** 2012`: day and year stay, the month goes. */
export function maskDate(v: string): string {
  const num = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$/.exec(v);
  if (num) return `${num[1]}${num[2]}**${num[2]}${num[4]}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (iso) return `${iso[1]}-**-${iso[3]}`;
  return v.replace(new RegExp(MONTH_NAME, 'i'), (s) => '*'.repeat(s.length));
}

export const dateOfBirthDetector = createDateOfBirthDetector();
