/**
 * onIncidentSubmit, platform-neutral: validate, issue the next reference under the store's lock,
 * triage, write the row, alert. The row is written before any mail is sent, so a mail failure never
 * loses a report; a report that fails validation is kept whole in Needs Attention and the DSL team is
 * told at once, because an unreadable report may still be urgent.
 */
import type { ResolvedProfile } from '../policy';
import { alertEmail, needsAttentionEmail } from './alert';
import { createIncident } from './incident';
import { nextReference } from './reference';
import { parseSubmission } from './submission';
import { dslTeam, triage } from './triage';
import type { Clock, FieldError, IncidentStore, Mailer, NeedsAttentionEntry, Triage } from './types';

export interface SubmitDeps {
  readonly store: IncidentStore;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly profile: Pick<ResolvedProfile, 'school' | 'contacts'>;
  /** Link to the restricted log, put in alerts. */
  readonly logLink: string;
  /** Where the report came from, kept with a Needs Attention entry: "google-form", "power-automate". */
  readonly source: string;
}

export type SubmitOutcome =
  | { readonly ok: true; readonly reference: string; readonly triage: Triage; readonly alertError?: string }
  | { readonly ok: false; readonly errors: readonly FieldError[]; readonly alertError?: string };

function serialise(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : 'the alert could not be sent';
}

export async function recordSubmission(raw: unknown, deps: SubmitDeps): Promise<SubmitOutcome> {
  const { contacts, school } = deps.profile;
  const parsed = parseSubmission(raw);
  if (!parsed.ok) {
    const entry: NeedsAttentionEntry = {
      receivedAt: deps.clock.now().toISOString(),
      source: deps.source,
      errors: parsed.errors,
      raw: serialise(raw),
    };
    await deps.store.appendNeedsAttention(entry);
    const team = dslTeam(contacts);
    const to = team.length > 0 ? team : contacts.headteacher ? [contacts.headteacher] : [];
    if (to.length === 0)
      return { ok: false, errors: parsed.errors, alertError: 'no DSL or headteacher address in the profile' };
    try {
      await deps.mailer.send(
        needsAttentionEmail(entry, { to, schoolName: school.name, link: deps.logLink, timeZone: school.timezone }),
      );
      return { ok: false, errors: parsed.errors };
    } catch (error) {
      return { ok: false, errors: parsed.errors, alertError: failure(error) };
    }
  }

  const submission = parsed.submission;
  const result = triage(submission, contacts);
  const incident = await deps.store.withLock(async () => {
    const last = await deps.store.lastReference();
    const reference = nextReference(last, deps.clock.now(), school.timezone);
    const created = createIncident(submission, reference, result);
    await deps.store.append(created);
    return created;
  });

  if (result.recipients.length === 0) {
    return {
      ok: true,
      reference: incident.reference,
      triage: result,
      alertError: 'no one to alert: the profile has no DSL address',
    };
  }
  try {
    await deps.mailer.send(
      alertEmail(incident, result, {
        schoolName: school.name,
        link: deps.logLink,
        timeZone: school.timezone,
        lado: contacts.lado,
      }),
    );
    return { ok: true, reference: incident.reference, triage: result };
  } catch (error) {
    return { ok: true, reference: incident.reference, triage: result, alertError: failure(error) };
  }
}
