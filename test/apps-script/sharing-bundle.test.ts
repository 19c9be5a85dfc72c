/**
 * The built project (as `npm run build` writes it) running the sharing audit the way Apps Script does:
 * setup() installs the trigger, and the trigger's runSharingAudit executions, each in a fresh V8
 * context under the manifest's scopes, work through the school in slices that each end well inside
 * six minutes, to the fixture's exact findings.
 */
import fs from 'node:fs';
import { FakeWorld, loadProject, type BuiltProject } from '../fakes';
import { smallSchoolExpectedFindings, startGoogleEmulator, type GoogleEmulator } from '../emulators/google';
import { buildProject } from './bundle';
import { ADMIN, findingsOf, logEvents, oakfieldProfile } from './sharing-harness';

let dir: string;
let project: BuiltProject;
let emulator: GoogleEmulator;

beforeAll(async () => {
  ({ dir, project } = buildProject());
  emulator = await startGoogleEmulator();
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await emulator.close();
});

function sheetOf(world: FakeWorld, name: string) {
  const id = world.scriptProperties().getProperty('SOS_AUDIT_SPREADSHEET_ID');
  const sheet = id ? world.spreadsheet(id).getSheetByName(name) : null;
  if (!sheet) throw new Error(`no ${name} sheet`);
  return sheet;
}

it('asks for UrlFetchApp’s scope and no Drive or Directory scope of its own', () => {
  const scopes = project.manifest.oauthScopes ?? [];
  expect(scopes).toContain('https://www.googleapis.com/auth/script.external_request');
  expect(scopes.some((scope) => /auth\/(drive|admin)/.test(scope))).toBe(false);
});

it('audits the school in trigger-driven slices, each under six minutes, to the expected findings', () => {
  const world = new FakeWorld({ user: ADMIN, now: '2026-03-10T09:00:00Z' });
  loadProject(world, project);
  world.http = (request) => emulator.handle(request);
  world.scriptProperties().setProperty('SOS_ACCESS_TOKEN', 'test:{user}');
  world.scriptProperties().setProperty('SOS_GOOGLE_API_ROOT', emulator.rootUrl);
  world.run('setup', [oakfieldProfile()]);
  const triggers = world.triggers.all.filter((t) => t.handler === 'runSharingAudit');
  expect(triggers.map((t) => [t.eventType, t.clock?.everyMinutes])).toEqual([['CLOCK', 10]]);
  world.run('setup', [oakfieldProfile()]);
  expect(world.triggers.all.filter((t) => t.handler === 'runSharingAudit')).toHaveLength(1);

  // A very slow network (45 s a call) makes the pass need several slices.
  world.fetchLatencyMs = 45_000;
  let slices = 0;
  while (!logEvents(sheetOf(world, 'Audit Log')).some((e) => e.event === 'pass complete')) {
    expect(slices).toBeLessThan(40);
    const start = world.now().getTime();
    world.fireClockTriggers('runSharingAudit');
    const [execution] = world.runtime.drain();
    expect(execution?.state).toBe('done');
    expect(world.now().getTime() - start).toBeLessThan(6 * 60_000);
    slices += 1;
    world.advance(10 * 60_000 - (world.now().getTime() - start));
  }
  expect(slices).toBeGreaterThanOrEqual(3);
  expect(findingsOf(sheetOf(world, 'Audit'))).toEqual(
    smallSchoolExpectedFindings
      .map((f) => ({ fileId: f.fileId, exposure: [...f.exposure] }))
      .sort((a, b) => a.fileId.localeCompare(b.fileId)),
  );

  // Run by name from the editor: the pass is done, so it only sends what is left of the owners' notices.
  world.fetchLatencyMs = 0;
  world.run('runSharingAudit');
  expect(new Set(world.sent.flatMap((mail) => mail.to)).size).toBe(5);
});
