/**
 * "Close an incident" from the menu's dialog: core's closeIncident decides (outcome, parents informed
 * and why not, referrals, lessons learnt, no open actions); this reads the row and writes it back
 * under the script lock. The person closing is the account at the keyboard.
 */
import { closeIncident, type FieldError } from '../../core/incidents';
import { withScriptLock } from '../platform/lock';
import { incidentContext } from './context';

export type CloseOutcome =
  | { readonly ok: true; readonly reference: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export interface CloseInput {
  readonly reference?: unknown;
  readonly [field: string]: unknown;
}

function closer(): string {
  return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()).toLowerCase();
}

export function closeFromDialog(input: CloseInput): CloseOutcome {
  const { reference, ...fields } = input ?? {};
  if (typeof reference !== 'string' || reference.trim() === '') {
    return { ok: false, errors: [{ path: 'reference', message: 'must be an incident reference' }] };
  }
  const context = incidentContext();
  const closedBy = closer();
  return withScriptLock((): CloseOutcome => {
    const incident = context.incidents.find(reference.trim());
    if (!incident) return { ok: false, errors: [{ path: 'reference', message: 'is not an incident in the log' }] };
    const result = closeIncident(
      incident,
      { ...fields, closedBy },
      { actions: context.actions.list(), now: context.clock.now() },
    );
    if (!result.ok) return result;
    context.incidents.update(result.incident);
    return { ok: true, reference: incident.reference, warnings: result.warnings };
  });
}
