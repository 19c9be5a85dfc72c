/** A school with a monitoring mailbox, for the mail check's tests: accounts, setup, and mail to deliver. */
import { parseProfile, type ResolvedProfile } from '../../core/policy';
import { setupIncidents } from '../../apps-script/incidents/setup';
import { setupMail } from '../../apps-script/mail/setup';
import { storeProfile } from '../../apps-script/platform/profile';
import type { FakeWorld, MessageSpec } from '../fakes';
import { moduleWorld } from './modules';
import { DSL, PROFILE } from './school';

export const MONITOR = 'safeguarding-monitor@example.sch.uk';
export const STAFF = 'j.smith@example.sch.uk';
export const PUPIL = '23abrown@pupils.example.sch.uk';
export const PUPIL2 = '23ccole@pupils.example.sch.uk';

export const profile: ResolvedProfile = (() => {
  const result = parseProfile(PROFILE);
  if (!result.ok) throw new Error('test profile is invalid');
  return result.profile;
})();

/** A Tuesday in term, mid-morning (within the allowed hours). */
export const IN_HOURS = '2026-03-10T10:15:00Z';

/** A message a member of staff should never send a pupil: a private channel, secrecy and a phone number. */
export function concerning(overrides: Partial<MessageSpec> = {}): MessageSpec {
  return {
    from: `Jane Smith <${STAFF}>`,
    to: PUPIL,
    subject: 'Your project',
    body: 'Well done today. Text me on 07700 900123 or add me on Snapchat, and keep this between us.',
    date: IN_HOURS,
    ...overrides,
  };
}

export function ordinary(overrides: Partial<MessageSpec> = {}): MessageSpec {
  return {
    from: `Jane Smith <${STAFF}>`,
    to: PUPIL,
    subject: 'Homework',
    body: 'Please hand in your history homework by Friday. Thanks, Mrs Smith',
    date: IN_HOURS,
    ...overrides,
  };
}

/** The DSL has run setup with the monitoring mailbox named; the log, Review sheet and property exist. */
export function mailWorld(): FakeWorld {
  const world = moduleWorld();
  world.scriptProperties().setProperty('SOS_MAIL_MONITOR', MONITOR);
  world.byHand(() => {
    const resolved = storeProfile(PROFILE);
    setupIncidents(resolved);
    setupMail(resolved);
  }, DSL);
  return world;
}

export function logId(world: FakeWorld): string {
  const id = world.scriptProperties().getProperty('SOS_INCIDENT_LOG_ID');
  if (!id) throw new Error('setup stored no log id');
  return id;
}

/** Data rows of a log sheet as objects keyed by header. */
export function sheetRows(world: FakeWorld, name: string): Record<string, unknown>[] {
  const sheet = world.spreadsheet(logId(world)).getSheetByName(name);
  if (!sheet) throw new Error(`no ${name} sheet`);
  const [header, ...rows] = world.byHand(() => sheet.getDataRange().getValues());
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i]])));
}
