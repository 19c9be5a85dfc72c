/**
 * Closing an incident: outcome, whether parents were informed (and why not), referrals with the
 * agency's reference, and lessons learnt ("debrief, identify lessons learnt"). An incident with open
 * actions cannot be closed: the policy records "the dates of resolution", and an open action means
 * there is none yet. Referrals the mandatory steps called for but that are missing are warnings,
 * because the DSL may have decided, with reason, not to refer.
 */
import { z } from 'zod';
import type { Action, Agency, Closure, FieldError, Incident, StepId } from './types';
import { AGENCIES } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function required(what: string, max: number) {
  return z
    .string({ error: `must be ${what} as text` })
    .transform((raw) => raw.trim())
    .refine((value) => value.length > 0, { error: `must not be empty: give ${what}` })
    .refine((value) => value.length <= max, { error: `must be at most ${max} characters` });
}

const referral = z.strictObject({
  agency: z.preprocess(
    (raw) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw),
    z.enum(AGENCIES, { error: `must be one of: ${AGENCIES.join(', ')}` }),
  ),
  reference: z
    .string({ error: "must be the agency's reference as text" })
    .transform((raw) => raw.trim())
    .optional()
    .transform((value) => value ?? ''),
  date: z
    .string({ error: 'must be a date like 2026-03-04' })
    .transform((raw) => raw.trim())
    .refine((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)), {
      error: 'must be a date like 2026-03-04',
    }),
});

export const closureSchema = z
  .strictObject({
    closedBy: z
      .string({ error: 'must be the email address of whoever closes it' })
      .transform((raw) => raw.trim().toLowerCase())
      .refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
        error: 'must be the email address of whoever closes it',
      }),
    outcome: required('the outcome', 5_000),
    parentsInformed: z.boolean({ error: 'must be true or false' }),
    parentsNotInformedReason: z
      .string({ error: 'must be text' })
      .transform((raw) => raw.trim())
      .optional()
      .transform((value) => value ?? ''),
    referrals: z
      .array(referral, { error: 'must be a list of referrals' })
      .optional()
      .transform((value) => value ?? []),
    lessonsLearnt: required('the lessons learnt (or "none")', 5_000),
  })
  .superRefine((value, ctx) => {
    if (!value.parentsInformed && value.parentsNotInformedReason.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['parentsNotInformedReason'],
        message: 'must give the reason when parents or carers were not informed',
      });
    }
  });

export type ClosureInput = z.output<typeof closureSchema>;

export type ClosureResult =
  | { readonly ok: true; readonly closure: ClosureInput }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export function parseClosure(raw: unknown): ClosureResult {
  const result = closureSchema.safeParse(raw);
  if (result.success) return { ok: true, closure: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path:
        [...issue.path, ...(issue.code === 'unrecognized_keys' ? [issue.keys[0] ?? ''] : [])].map(String).join('.') ||
        '(closure)',
      message: issue.code === 'unrecognized_keys' ? 'is not a field of an incident closure' : issue.message,
    })),
  };
}

/** The agencies a step means a referral to, when the step is among the incident's mandatory steps. */
const EXPECTED_REFERRALS: Partial<Record<StepId, Agency>> = {
  'refer-police': 'police',
  'counter-terrorism-police': 'police',
  'report-iwf': 'iwf',
  'report-ceop': 'ceop',
  'lado-one-working-day': 'lado',
};

export type CloseResult =
  | { readonly ok: true; readonly incident: Incident; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export function closeIncident(
  incident: Incident,
  raw: unknown,
  context: { readonly actions: readonly Action[]; readonly now: Date },
): CloseResult {
  if (incident.status === 'closed') {
    return { ok: false, errors: [{ path: 'status', message: 'is already closed' }] };
  }
  const parsed = parseClosure(raw);
  const errors: FieldError[] = parsed.ok ? [] : [...parsed.errors];
  const open = context.actions.filter((action) => action.reference === incident.reference && action.done === '');
  if (open.length > 0) {
    errors.push({
      path: 'actions',
      message: `${open.length} action${open.length === 1 ? ' is' : 's are'} still open: record the date done first`,
    });
  }
  if (!parsed.ok || errors.length > 0) return { ok: false, errors };

  const closure: Closure = { ...parsed.closure, closedAt: context.now.toISOString() };
  const referred = new Set(closure.referrals.map((item) => item.agency));
  const warnings: string[] = [];
  for (const step of incident.steps) {
    const agency = EXPECTED_REFERRALS[step];
    if (agency && !referred.has(agency)) {
      warnings.push(`no ${agency} referral is recorded although the mandatory steps call for one (step ${step})`);
    }
  }
  return { ok: true, incident: { ...incident, status: 'closed', closure }, warnings: [...new Set(warnings)] };
}
