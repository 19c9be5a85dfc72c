/** Test helpers around a fake Workspace running the built project. */
import { FakeWorld, loadProject, type BuiltProject, type SentMail, type WorldOptions } from '../fakes';
import type { FakeSheet } from '../fakes';
import { DSL, PROFILE } from './school';

export function worldWithProject(project: BuiltProject, options: WorldOptions = {}): FakeWorld {
  const world = new FakeWorld({ user: DSL, now: '2026-03-10T09:00:00Z', ...options });
  loadProject(world, project);
  return world;
}

/** A world where setup has run with the test school's profile. */
export function setUpWorld(project: BuiltProject, options: WorldOptions = {}): FakeWorld {
  const world = worldWithProject(project, options);
  world.run('setup', [PROFILE]);
  return world;
}

export function formId(world: FakeWorld): string {
  const id = world.scriptProperties().getProperty('SOS_INCIDENT_FORM_ID');
  if (!id) throw new Error('setup stored no form id');
  return id;
}

export function logSheet(world: FakeWorld, name: string): FakeSheet {
  const id = world.scriptProperties().getProperty('SOS_INCIDENT_LOG_ID');
  const sheet = id ? world.spreadsheet(id).getSheetByName(name) : null;
  if (!sheet) throw new Error(`no ${name} sheet`);
  return sheet;
}

/** Data rows as objects keyed by header. */
export function rowsOf(sheet: FakeSheet): Record<string, unknown>[] {
  const [header, ...rows] = sheet.getDataRange().getValues();
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [String(name), row[i]])));
}

/** Everything a message says, for checking what it must not say. */
export function mailText(mail: SentMail): string {
  return [mail.subject, mail.body, mail.htmlBody].join('\n');
}
