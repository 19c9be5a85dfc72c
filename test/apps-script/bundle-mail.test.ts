/**
 * The staff–pupil email check in the built project, run by name as Apps Script runs it (fresh V8
 * context per execution, the manifest's scopes enforced): setup by the DSL, setupMailMonitoring by the
 * monitoring mailbox, runMailCheck slices from its trigger, and the daily digest.
 */
import fs from 'node:fs';
import type { BuiltProject, FakeWorld } from '../fakes';
import { buildProject } from './bundle';
import { concerning, MONITOR, ordinary, PUPIL, STAFF } from './mail-fixtures';
import { DSL, HEAD, PROFILE } from './school';
import { logSheet, rowsOf, worldWithProject } from './world';

let dir: string;
let project: BuiltProject;

beforeAll(() => {
  ({ dir, project } = buildProject());
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function monitoredWorld(): FakeWorld {
  const world = worldWithProject(project);
  world.scriptProperties().setProperty('SOS_MAIL_MONITOR', MONITOR);
  world.run('setup', [PROFILE]);
  world.run('setupMailMonitoring', [], { user: MONITOR, activeUser: MONITOR });
  return world;
}

const asMonitor = { user: MONITOR, activeUser: '' };
const trigger = { authMode: 'FULL', triggerUid: 'mail-check' };

describe('the mail check in the built project', () => {
  it('asks for the Gmail scope and defines runMailCheck, sendMailDigest and setupMailMonitoring', () => {
    expect(project.manifest.oauthScopes).toContain('https://mail.google.com/');
    const world = worldWithProject(project);
    for (const name of ['runMailCheck', 'sendMailDigest', 'setupMailMonitoring']) {
      expect(world.runtime.host!.has(name)).toBe(true);
    }
  });

  it('flags mail from its trigger, once, and digests it, never to the parties', () => {
    const world = monitoredWorld();
    world.gmail.deliver(MONITOR, concerning({ headers: { 'Message-ID': '<b1@x>' } }));
    world.gmail.deliver(MONITOR, ordinary());

    const fired = world.fireClockTriggers('runMailCheck');
    expect(fired).toHaveLength(1);
    world.runtime.drain();
    expect(fired[0]!.state).toBe('done');
    const rows = rowsOf(logSheet(world, 'Review'));
    expect(rows.map((row) => [row['Message ID'], row['Status']])).toEqual([['b1@x', 'new']]);
    expect(String(rows[0]!['Evidence (masked)'])).not.toContain('07700 900123');

    const again = world.run('runMailCheck', [trigger], asMonitor) as { added: number; finished: boolean };
    expect(again).toMatchObject({ added: 0, finished: true });
    expect(rowsOf(logSheet(world, 'Review'))).toHaveLength(1);

    world.fireClockTriggers('sendMailDigest');
    world.runtime.drain();
    expect(world.sent.flatMap((mail) => mail.to)).toEqual([DSL]);
    for (const mail of world.sent) {
      expect(mail.from).toBe(MONITOR);
      expect([mail.subject, mail.body, mail.htmlBody].join('\n')).not.toContain(PUPIL);
      expect(mail.to).not.toContain(STAFF);
    }
  });

  it('sends the digest from the menu, as the DSL who clicks it', () => {
    const world = monitoredWorld();
    world.gmail.deliver(MONITOR, concerning({ headers: { 'Message-ID': '<m1@x>' } }));
    world.gmail.deliver(MONITOR, concerning({ from: DSL, headers: { 'Message-ID': '<m2@x>' } }));
    world.run('runMailCheck', [trigger], asMonitor);
    world.openSpreadsheet();
    world.clickMenu('Online safety', 'Send the email check digest now');
    expect(world.sent.map((mail) => mail.from)).toEqual([DSL, DSL]);
    expect(world.sent.flatMap((mail) => mail.to).sort()).toEqual([DSL, HEAD].sort());
    expect(rowsOf(logSheet(world, 'Review'))[0]!['In digest']).not.toBe('');
  });

  it('resumes a slice that ran out of time where it stopped', () => {
    const world = monitoredWorld();
    for (let i = 0; i < 8; i++) world.gmail.deliver(MONITOR, (i % 2 ? ordinary : concerning)({ subject: `t${i}` }));
    world.gmail.readLatencyMs = 60_000;
    const first = world.run('runMailCheck', [trigger], asMonitor) as { messages: number; finished: boolean };
    expect(first).toMatchObject({ messages: 5, finished: false });
    const second = world.run('runMailCheck', [trigger], asMonitor) as { messages: number; finished: boolean };
    expect(second).toMatchObject({ messages: 3, finished: true });
    expect(rowsOf(logSheet(world, 'Review'))).toHaveLength(4);
  });

  it('will not read the mailbox of anyone but the monitoring mailbox', () => {
    const world = monitoredWorld();
    world.gmail.deliver(DSL, concerning());
    expect(() => world.run('runMailCheck', [trigger])).toThrow(/must run as the monitoring mailbox/);
    expect(world.gmail.searches.filter((s) => s.user === DSL)).toEqual([]);
  });
});
