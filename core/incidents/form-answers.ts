/**
 * From a form response to the raw submission `parseSubmission` takes. The incident form's question ids
 * are the Submission field names (forms/incident-report.ts), so the platform only has to collect
 * answers by question id. Google Forms returns a date-time answer as "2026-03-04 13:45" with no zone:
 * it is read in the school's zone here, once, for both platforms.
 */
import { localDateTimeToIso } from './time';

/** Answers keyed by question id; checkbox answers are lists. */
export type FormAnswers = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface FormMeta {
  /** The signed-in respondent, collected by the platform. */
  readonly reporter: string;
  /** The response timestamp. */
  readonly reportedAt: Date | string;
  readonly timeZone: string;
}

const FIELDS = new Set([
  'occurredAt',
  'location',
  'category',
  'aboutHeadteacher',
  'adultInvolved',
  'immediateRisk',
  'pupils',
  'staff',
  'external',
  'description',
  'evidenceLocation',
  'actionTaken',
]);

/** Questions left blank are omitted, so validation applies the field's default or says it is required. */
const REQUIRED = new Set(['occurredAt', 'location', 'category', 'description']);

export function rawFromFormAnswers(answers: FormAnswers, meta: FormMeta): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    reporter: meta.reporter,
    reportedAt: meta.reportedAt instanceof Date ? meta.reportedAt.toISOString() : meta.reportedAt,
  };
  for (const [id, answer] of Object.entries(answers)) {
    if (!FIELDS.has(id) || answer === undefined) continue;
    const value = typeof answer === 'string' ? answer : answer.join('\n');
    if (value.trim() === '' && !REQUIRED.has(id)) continue;
    raw[id] = id === 'occurredAt' ? (localDateTimeToIso(value, meta.timeZone) ?? value) : value;
  }
  return raw;
}
