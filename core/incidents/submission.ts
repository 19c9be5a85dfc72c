/**
 * The incident report as both platforms send it, validated with zod. Errors name the field
 * ("pupils.2.yearGroup") and say what is expected; they never repeat what was typed, because a report
 * is about children and error text ends up in logs and alert emails.
 *
 * Choice fields take the value id or the label shown on the form (case-insensitive), so a Power
 * Automate flow that forwards Microsoft Forms answers verbatim still validates. Unknown keys are an
 * error: a misspelt "evidenceLocaton" must not silently drop what the reporter wrote.
 */
import { z } from 'zod';
import { CATEGORIES } from './categories';
import { LOCATION_CHOICES, ANSWER_CHOICES } from './choices';
import type { FieldError, Pupil, Submission, SubmissionResult, YearGroup } from './types';
import { ANSWERS, CATEGORY_IDS, LOCATIONS, YEAR_GROUPS } from './types';

/** Clocks on phones and servers differ a little; a report "from the future" by minutes is not an error. */
const CLOCK_SKEW_MS = 10 * 60_000;
const MAX_PUPILS = 60;
const MAX_PEOPLE = 60;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function instant(what: string) {
  return z
    .string({ error: `must be ${what} as an ISO 8601 date-time with a zone, like 2026-03-04T13:45:00Z` })
    .transform((raw) => raw.trim())
    .refine((raw) => ISO_INSTANT.test(raw) && !Number.isNaN(Date.parse(raw)), {
      error: `must be ${what} as an ISO 8601 date-time with a zone, like 2026-03-04T13:45:00Z`,
    });
}

function text(max: number, required: boolean, what: string) {
  const base = z
    .string({ error: `must be ${what} as text` })
    .transform((raw) => raw.replace(/\r\n?/g, '\n').trim())
    .refine((value) => value.length <= max, { error: `must be at most ${max} characters` });
  return required
    ? base.refine((value) => value.length > 0, { error: `must not be empty: give ${what}` })
    : base.optional().transform((value) => value ?? '');
}

/** Accepts a value id or a label (case-insensitive) and returns the id. */
function choice<T extends string>(
  values: readonly T[],
  labels: readonly { value: string; label: string }[],
  message: string,
) {
  const byKey = new Map<string, string>();
  for (const value of values) byKey.set(value.toLowerCase(), value);
  for (const { value, label } of labels) byKey.set(label.toLowerCase(), value);
  return z.preprocess(
    (raw) => (typeof raw === 'string' ? (byKey.get(raw.trim().toLowerCase()) ?? raw) : raw),
    z.enum(values as unknown as [T, ...T[]], { error: message }),
  );
}

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false', '']);

const yesNo = z.preprocess(
  (raw) => {
    if (typeof raw !== 'string') return raw;
    const key = raw.trim().toLowerCase();
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    return raw;
  },
  z.boolean({ error: 'must be yes or no' }),
);

const YEAR_WORDS: Record<string, YearGroup> = {
  n: 'Nursery',
  nur: 'Nursery',
  nursery: 'Nursery',
  r: 'Reception',
  rec: 'Reception',
  reception: 'Reception',
  yr: 'Reception',
  '?': 'Unknown',
  unknown: 'Unknown',
  'not known': 'Unknown',
  'don’t know': 'Unknown',
  "don't know": 'Unknown',
};

/** "Y7", "Year 7", "yr7", "7", "Reception", "R"... to a year group; undefined if not one. */
export function parseYearGroup(raw: string): YearGroup | undefined {
  const key = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = YEAR_WORDS[key];
  if (word) return word;
  const match = /^(?:y|yr|year|year group)? ?(\d{1,2})$/.exec(key);
  if (!match) return undefined;
  const number = Number(match[1]);
  return number >= 1 && number <= 13 ? (`Y${number}` as YearGroup) : undefined;
}

const yearGroup = z.preprocess(
  (raw) => (typeof raw === 'string' ? (parseYearGroup(raw) ?? raw) : raw),
  z.enum(YEAR_GROUPS, { error: 'must be a year group: Nursery, Reception, Y1 to Y13, or Unknown' }),
);

const pupil = z.strictObject({
  name: text(120, true, "the pupil's name"),
  yearGroup: yearGroup.optional().transform((value): YearGroup => value ?? 'Unknown'),
});

/**
 * "One pupil per line: name, year group". The year group is after the last comma (or in brackets at the
 * end, "Alex Brown (Y8)"); a line with no year group is kept with "Unknown" rather than refused, because
 * a report is worth more than its tidiness. Errors carry the line index as in `pupils.<i>.yearGroup`.
 */
export function parsePupilLines(raw: string): { pupils: Pupil[]; errors: FieldError[] } {
  const pupils: Pupil[] = [];
  const errors: FieldError[] = [];
  const lines = raw
    .split(/\r\n?|\n|;/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  lines.forEach((line, index) => {
    const bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(line);
    const comma = line.lastIndexOf(',');
    const tab = line.lastIndexOf('\t');
    const cut = Math.max(comma, tab);
    let name = line;
    let year: string | undefined;
    if (bracketed && bracketed[1]) {
      name = bracketed[1];
      year = bracketed[2];
    } else if (cut > 0) {
      name = line.slice(0, cut);
      year = line.slice(cut + 1);
    }
    name = name.trim();
    const group = year === undefined || year.trim() === '' ? 'Unknown' : parseYearGroup(year);
    if (name.length === 0) errors.push({ path: `pupils.${index}.name`, message: 'must give the pupil’s name' });
    if (group === undefined) {
      errors.push({
        path: `pupils.${index}.yearGroup`,
        message: 'must be a year group after the last comma: Nursery, Reception, Y1 to Y13, or Unknown',
      });
    }
    if (name.length > 0 && group !== undefined) pupils.push({ name: name.slice(0, 120), yearGroup: group });
  });
  return { pupils, errors };
}

/** Free-text people lists: an array, or text with one person per line. */
const people = z.preprocess(
  (raw) => (typeof raw === 'string' ? raw.split(/\r\n?|\n/) : raw),
  z
    .array(z.string({ error: 'must be text, one person per line' }), { error: 'must be a list, one person per line' })
    .transform((items) => items.map((item) => item.trim()).filter((item) => item.length > 0))
    .refine((items) => items.length <= MAX_PEOPLE, { error: `must list at most ${MAX_PEOPLE} people` })
    .refine((items) => items.every((item) => item.length <= 200), {
      error: 'each entry must be at most 200 characters',
    }),
);

const CATEGORY_LABELS = CATEGORIES.map(({ id, label }) => ({ value: id, label }));

export const submissionSchema = z
  .strictObject({
    reporter: z
      .string({ error: 'must be the reporter’s email address' })
      .transform((raw) => raw.trim().toLowerCase())
      .refine((raw) => /^[^\s@<>(),;:"]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(raw), {
        error: 'must be the reporter’s email address',
      }),
    reportedAt: instant('when it was reported'),
    occurredAt: instant('when it happened'),
    location: choice(LOCATIONS, LOCATION_CHOICES, `must be one of: ${LOCATION_CHOICES.map((c) => c.label).join('; ')}`),
    category: choice(CATEGORY_IDS, CATEGORY_LABELS, 'must be one of the incident categories'),
    aboutHeadteacher: yesNo.optional().transform((value) => value ?? false),
    adultInvolved: choice(ANSWERS, ANSWER_CHOICES, 'must be yes, no or not sure')
      .optional()
      .transform((value) => value ?? 'not-sure'),
    immediateRisk: choice(ANSWERS, ANSWER_CHOICES, 'must be yes, no or not sure')
      .optional()
      .transform((value) => value ?? 'not-sure'),
    pupils: z
      .array(pupil, { error: 'must be a list of pupils, or text with one pupil per line: name, year group' })
      .max(MAX_PUPILS, { error: `must list at most ${MAX_PUPILS} pupils` })
      .optional()
      .transform((value) => value ?? []),
    staff: people.optional().transform((value) => value ?? []),
    external: people.optional().transform((value) => value ?? []),
    description: text(20_000, true, 'a description of what happened'),
    evidenceLocation: text(5_000, false, 'where the evidence is'),
    actionTaken: text(5_000, false, 'the action taken so far'),
  })
  .superRefine((value, ctx) => {
    if (Date.parse(value.occurredAt) > Date.parse(value.reportedAt) + CLOCK_SKEW_MS) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'must not be after the time of the report' });
    }
  });

function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // Key names are ours to check, not the reporter's words, but cap them: a hostile payload could be long.
      for (const key of issue.keys) {
        errors.push({
          path: [...issue.path, key.slice(0, 40)].join('.'),
          message: 'is not a field of an incident report',
        });
      }
      continue;
    }
    errors.push({ path: issue.path.map(String).join('.') || '(report)', message: issue.message });
  }
  return errors;
}

/** Validates one submission. Pupils may come as a list or as the form's "one pupil per line" text. */
export function parseSubmission(raw: unknown): SubmissionResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '(report)', message: 'must be an object of named fields' }] };
  }
  const input: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const lineErrors: FieldError[] = [];
  if (typeof input.pupils === 'string') {
    const parsed = parsePupilLines(input.pupils);
    input.pupils = parsed.pupils;
    lineErrors.push(...parsed.errors);
  }
  const result = submissionSchema.safeParse(input);
  const errors = [...lineErrors, ...(result.success ? [] : issuesToErrors(result.error.issues))];
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  const submission: Submission = result.data;
  return { ok: true, submission };
}
