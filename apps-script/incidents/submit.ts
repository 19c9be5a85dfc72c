/**
 * onIncidentSubmit: the form response to core's recordSubmission. If logging itself fails (the lock
 * was busy for too long, the sheet refused a write), the report is still not lost: it is kept whole
 * in Needs Attention and the DSL team is told, as for a report that failed validation.
 */
import {
  dslTeam,
  needsAttentionEmail,
  recordSubmission,
  type NeedsAttentionEntry,
  type SubmitOutcome,
} from '../../core/incidents';
import { INCIDENT_REPORT_FORM } from '../../forms';
import { PROPERTY, readProperty } from '../platform/properties';
import { incidentContext, type IncidentContext } from './context';
import type { ItemMap } from './form-builder';
import { rawFromEvent } from './submission-event';

export const SOURCE = 'google-form';

function itemMap(): ItemMap {
  try {
    return JSON.parse(readProperty(PROPERTY.incidentFormItems) ?? '{}') as ItemMap;
  } catch {
    return {};
  }
}

/** Short, and about our machinery only: errors here never carry what was reported. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : 'unknown error';
  return message.replace(/^Exception: /, '').slice(0, 200);
}

async function keepUnlogged(raw: unknown, error: unknown, context: IncidentContext): Promise<SubmitOutcome> {
  const entry: NeedsAttentionEntry = {
    receivedAt: context.clock.now().toISOString(),
    source: SOURCE,
    errors: [{ path: '(report)', message: `could not be logged automatically: ${reason(error)}` }],
    raw: JSON.stringify(raw),
  };
  await context.incidents.appendNeedsAttention(entry);
  const { contacts, school } = context.profile;
  const team = dslTeam(contacts);
  const to = team.length > 0 ? team : contacts.headteacher ? [contacts.headteacher] : [];
  if (to.length > 0) {
    await context.mailer.send(
      needsAttentionEmail(entry, { to, schoolName: school.name, link: context.links.log, timeZone: school.timezone }),
    );
  }
  return { ok: false, errors: entry.errors };
}

export async function handleIncidentSubmit(event: unknown): Promise<SubmitOutcome> {
  const context = incidentContext();
  const { profile } = context;
  const raw = rawFromEvent(event, INCIDENT_REPORT_FORM, itemMap(), profile.school.timezone);
  let outcome: SubmitOutcome;
  try {
    outcome = await recordSubmission(raw, {
      store: context.incidents,
      mailer: context.mailer,
      clock: context.clock,
      profile,
      logLink: context.links.log,
      source: SOURCE,
    });
  } catch (error) {
    outcome = await keepUnlogged(raw, error, context);
  }
  if (outcome.alertError) {
    const which = outcome.ok ? outcome.reference : 'a report in Needs Attention';
    console.warn(`The alert for ${which} was not sent: ${outcome.alertError}`);
  }
  return outcome;
}
