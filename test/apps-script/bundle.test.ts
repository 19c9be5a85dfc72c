/**
 * The built project (dist/apps-script layout, built by scripts/build-apps-script.mjs) evaluated as one
 * classic script in fresh vm contexts with the in-memory Apps Script services: the way Apps Script runs it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { FakeWorld, installFakes, type BuiltProject } from '../fakes';
import { buildProject } from './bundle';
import { DEPUTY, DSL, PROFILE, report, TEACHER } from './school';
import { formId, logSheet, setUpWorld, worldWithProject } from './world';

let dir: string;
let project: BuiltProject;

beforeAll(() => {
  ({ dir, project } = buildProject());
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const ENTRY_POINTS = ['setup', 'onOpen', 'onIncidentSubmit', 'sendTermlySummary', 'checkOverdueActions'];

describe('the built project', () => {
  it('holds the script files and a V8 manifest with explicit scopes and no Drive access', () => {
    expect(fs.readdirSync(dir).sort()).toEqual(['Code.js', 'appsscript.json']);
    const manifest = project.manifest;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/London');
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/spreadsheets',
        'https://www.googleapis.com/auth/forms',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
      ]),
    );
    expect(manifest.oauthScopes!.some((scope) => /\/auth\/drive/.test(scope))).toBe(false);
  });

  it('defines the entry points as top-level functions when evaluated as one classic script', () => {
    const world = new FakeWorld({ user: DSL });
    const context = vm.createContext({});
    installFakes(context, world);
    vm.runInContext(project.code, context);
    for (const name of ENTRY_POINTS) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('function');
    }
    // Loading runs nothing: no service was touched and no module syntax is left for Apps Script to choke on.
    expect(world.spreadsheets.size).toBe(1);
    expect(world.logs).toEqual([]);
    expect(project.code).not.toMatch(/^\s*(export|import)\s/m);
  });

  it('has a top-level function for every function the menu and dialogs call', () => {
    const world = setUpWorld(project);
    world.openSpreadsheet();
    const menu = world.menus().find((m) => m.caption === 'Online safety');
    const items = menu!.entries.flatMap((entry) => (entry.kind === 'item' ? [entry.functionName] : []));
    expect(items.length).toBeGreaterThanOrEqual(4);
    const called = [...project.code.matchAll(/google\.script\.run[\s\S]*?\.(submit\w+)\(/g)].map((m) => m[1]!);
    expect(called.sort()).toEqual(['submitAddAction', 'submitCloseIncident']);
    for (const name of [...items, ...called]) expect(world.runtime.host!.has(name)).toBe(true);
  });
});

it('takes the manifest time zone from the profile named by SOS_POLICY', () => {
  const profile = path.join(os.tmpdir(), `sos-profile-${process.pid}.json`);
  fs.writeFileSync(profile, JSON.stringify({ ...PROFILE, school: { ...PROFILE.school, timezone: 'Europe/Dublin' } }));
  const other = buildProject({ SOS_POLICY: profile });
  try {
    expect(other.project.manifest.timeZone).toBe('Europe/Dublin');
  } finally {
    fs.rmSync(other.dir, { recursive: true, force: true });
    fs.rmSync(profile);
  }
});

describe('setup()', () => {
  it('creates the log, the form and the triggers, and running it again changes nothing', () => {
    const world = worldWithProject(project);
    world.run('setup', [PROFILE]);
    const snapshot = () => ({
      logId: world.scriptProperties().getProperty('SOS_INCIDENT_LOG_ID'),
      formId: world.scriptProperties().getProperty('SOS_INCIDENT_FORM_ID'),
      sheets: world
        .container()
        .getSheets()
        .map((sheet) => sheet.getName()),
      forms: world.forms.size,
      items: world
        .form(formId(world))
        .getItems()
        .map((item) => `${item.getType()}:${item.getTitle()}`),
      triggers: world.triggers.all.map((t) => `${t.handler}:${t.eventType}:${t.sourceId}`).sort(),
      protections: world.container().getProtections('SHEET').length,
      editors: world
        .container()
        .getEditors()
        .map((user) => user.getEmail())
        .sort(),
    });
    const first = snapshot();
    world.run('setup');
    world.run('setup', [PROFILE]);
    expect(snapshot()).toEqual(first);

    expect(first.logId).toBe(world.containerId);
    expect(first.sheets).toEqual([
      'Incident Log',
      'Actions',
      'Needs Attention',
      'Summaries',
      'Chase Log',
      'Review',
      'Mail Check Errors',
    ]);
    expect(first.forms).toBe(1);
    expect(first.triggers).toEqual([
      'checkOverdueActions:CLOCK:',
      `onIncidentSubmit:ON_FORM_SUBMIT:${first.formId}`,
      'sendTermlySummary:CLOCK:',
    ]);
    expect(first.protections).toBe(7);
    expect(first.editors).toEqual([DEPUTY, DSL]);
  });

  it('puts the DSL team back as the only people with access when run again', () => {
    const world = setUpWorld(project);
    const log = world.container();
    log.addEditor('office@example.sch.uk');
    log.addViewer('governor@example.sch.uk');
    world.form(formId(world)).addEditor('office@example.sch.uk');
    const result = world.run('setup') as { incidents: { removedAccess: string[] } };
    expect(result.incidents.removedAccess.sort()).toEqual(['governor@example.sch.uk', 'office@example.sch.uk']);
    expect(
      log
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([DEPUTY, DSL]);
    expect(log.getViewers()).toEqual([]);
    expect(
      world
        .form(formId(world))
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([DEPUTY, DSL]);
    for (const protection of log.getProtections('SHEET')) expect(protection.canDomainEdit()).toBe(false);
  });

  it('builds a sign-in form that collects the reporter and shows no summary of responses', () => {
    const world = setUpWorld(project);
    const form = world.form(formId(world));
    expect(form.collectsEmail()).toBe(true);
    expect(form.requiresLogin()).toBe(true);
    expect(form.isPublishingSummary()).toBe(false);
    // Responses go to the script only, never to a linked sheet reporters could reach.
    expect(() => form.getDestinationId()).toThrow();
  });

  it('creates a restricted log of its own when the script is not bound to a spreadsheet, and says so', () => {
    const world = worldWithProject(project, { bound: false, user: 'technician@example.sch.uk' });
    const result = world.run('setup', [PROFILE]) as { incidents: { createdLog: boolean; warnings: string[] } };
    expect(result.incidents.createdLog).toBe(true);
    const log = world.spreadsheet(world.scriptProperties().getProperty('SOS_INCIDENT_LOG_ID')!);
    expect(log.getName()).toMatch(/DSL team only/);
    expect(log.getSheets().map((sheet) => sheet.getName())).toContain('Incident Log');
    expect(result.incidents.warnings.join('\n')).toMatch(/not bound to the log/);
    expect(result.incidents.warnings.join('\n')).toMatch(
      /technician@example\.sch\.uk ran setup but is not in the DSL team/,
    );
  });

  it('needs a profile: without one it says where to put it', () => {
    const world = worldWithProject(project);
    expect(() => world.run('setup')).toThrow(/SOS_PROFILE/);
    expect(world.triggers.all).toEqual([]);
  });
});

describe('onIncidentSubmit', () => {
  it('logs a report from the form and alerts the DSL team with no detail', () => {
    const world = setUpWorld(project);
    world.submitForm(formId(world), report(), { respondent: TEACHER });
    const [execution] = world.runtime.drain();
    expect(execution!.state).toBe('done');
    const row = logSheet(world, 'Incident Log').getRange(2, 1, 1, 3).getValues()[0];
    expect(row).toEqual(['OS-2026-0001', 'open', 'medium']);
    expect(world.sent).toHaveLength(1);
    expect(world.sent[0]!.to.sort()).toEqual([DEPUTY, DSL]);
    expect(world.sent[0]!.subject).toContain('OS-2026-0001');
    expect(world.sent[0]!.body).not.toContain('Alex Brown');
  });
});
