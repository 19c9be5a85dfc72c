/**
 * "Add an action" from the menu's dialog. Numbers are per incident ("OS-2026-0042/3") and issued under
 * the script lock, so two people adding actions at once cannot get the same number.
 */
import { z } from 'zod';
import { actionId, type Action, type FieldError } from '../../core/incidents';
import { withScriptLock } from '../platform/lock';
import { incidentContext } from './context';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const newActionSchema = z.strictObject({
  reference: z.string({ error: 'must be an incident reference' }).transform((raw) => raw.trim()),
  description: z
    .string({ error: 'must say what is to be done' })
    .transform((raw) => raw.trim())
    .refine((value) => value.length > 0, { error: 'must say what is to be done' })
    .refine((value) => value.length <= 2000, { error: 'must be at most 2000 characters' }),
  owner: z
    .string({ error: 'must be the email address of who will do it' })
    .transform((raw) => raw.trim().toLowerCase())
    .refine((value) => /^[^\s@<>(),;:"]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value), {
      error: 'must be the email address of who will do it',
    }),
  due: z
    .string({ error: 'must be a date like 2026-03-04' })
    .transform((raw) => raw.trim())
    .refine((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)), {
      error: 'must be a date like 2026-03-04',
    }),
});

export type AddActionResult =
  { readonly ok: true; readonly id: string } | { readonly ok: false; readonly errors: readonly FieldError[] };

function errorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(action)',
    message: issue.message,
  }));
}

export function addAction(input: unknown): AddActionResult {
  const parsed = newActionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const fields = parsed.data;
  const context = incidentContext();
  return withScriptLock((): AddActionResult => {
    const incident = context.incidents.find(fields.reference);
    if (!incident) return { ok: false, errors: [{ path: 'reference', message: 'is not an incident in the log' }] };
    if (incident.status === 'closed') return { ok: false, errors: [{ path: 'reference', message: 'is closed' }] };
    const numbers = context.actions
      .list()
      .filter((action) => action.reference === incident.reference)
      .map((action) => Number(action.id.slice(action.id.lastIndexOf('/') + 1)))
      .filter((number) => Number.isInteger(number));
    const action: Action = {
      id: actionId(incident.reference, Math.max(0, ...numbers) + 1),
      reference: incident.reference,
      description: fields.description,
      owner: fields.owner,
      due: fields.due,
      done: '',
    };
    context.actions.append(action);
    return { ok: true, id: action.id };
  });
}
