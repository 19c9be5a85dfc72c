import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SMALL_SCHOOL_UPNS,
  smallSchoolExpectedFindings,
  smallSchoolFixture,
  smallSchoolProfile,
  startGoogleEmulator,
  type GoogleEmulator,
} from '../../emulators/google';
import { runCli, tempDir, type CliRun } from '../run-cli';

interface Line {
  provider: string;
  fileId: string;
  name: string;
  owner: string;
  exposure: string[];
  sensitive: string[];
  risk: string;
}

const lines = (r: CliRun): Line[] =>
  r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);

const byId = (ls: readonly { fileId: string; exposure: readonly string[] }[]) =>
  Object.fromEntries(ls.map((l) => [l.fileId, [...l.exposure]]));

let emu: GoogleEmulator;
let dir: string;
let cleanup: () => void;
let policy: string;
const savedEnv = { ...process.env };

beforeEach(async () => {
  emu = await startGoogleEmulator({ fixture: smallSchoolFixture() });
  ({ dir, cleanup } = tempDir());
  policy = join(dir, 'policy.json');
  writeFileSync(policy, JSON.stringify(smallSchoolProfile()));
  process.env.SOS_GOOGLE_API_ROOT = emu.rootUrl;
  process.env.SOS_ACCESS_TOKEN = 'test:{user}';
});

afterEach(async () => {
  process.env = { ...savedEnv };
  await emu.close();
  cleanup();
});

const audit = (...args: string[]) =>
  runCli(['audit', 'google', '--policy', policy, '--state', join(dir, 'state.sqlite'), '--quiet', ...args]);

describe('sos audit google', () => {
  it('reports every exposed item with the contract fields and the right exposure ids, and nothing else', async () => {
    const r = await audit('--format', 'jsonl');
    expect(r.stderr).toContain('full run');
    expect(r.code).toBe(0);
    const found = lines(r);
    expect(byId(found)).toEqual(byId(smallSchoolExpectedFindings));
    for (const l of found) {
      expect(Object.keys(l)).toEqual(['provider', 'fileId', 'name', 'owner', 'exposure', 'sensitive', 'risk']);
      expect(l.provider).toBe('google');
      expect(l.sensitive).toEqual([]);
      expect(['critical', 'high', 'medium', 'low']).toContain(l.risk);
    }
  });

  it('finds pupil data in exposed files with --scan-content, never printing the values', async () => {
    const r = await audit('--format', 'jsonl', '--scan-content');
    expect(r.code).toBe(0);
    const withUpn = lines(r).filter((l) => l.sensitive.includes('upn'));
    expect(withUpn.length).toBeGreaterThan(0);
    expect(withUpn.every((l) => l.risk === 'critical' || l.risk === 'high')).toBe(true);
    for (const upn of SMALL_SCHOOL_UPNS) expect(r.stdout + r.stderr).not.toContain(upn);
  });

  it('a second run is incremental and sees a change made in between: new, fixed, still open', async () => {
    const first = await audit('--format', 'jsonl');
    const second = await audit('--format', 'jsonl');
    expect(second.stderr).toContain('incremental run');
    expect(byId(lines(second))).toEqual(byId(lines(first)));

    const newsletter = emu.tenant.file('f-newsletter');
    const link = newsletter?.permissions.find((p) => p.type === 'anyone');
    emu.tenant.removePermission('f-newsletter', link?.id ?? '');
    emu.tenant.addPermission('f-private-lesson', { type: 'anyone', role: 'reader', allowFileDiscovery: false });
    const third = await audit('--format', 'jsonl');
    expect(third.stderr).toContain('incremental run');
    const got = byId(lines(third));
    expect(got['f-newsletter']).toBeUndefined();
    expect(got['f-private-lesson']).toEqual(['anyone-with-link']);
    expect(third.stderr).toMatch(/1 new\)/);
    expect(third.stderr).toContain('1 fixed since last run');
  });

  it('--fix without --yes changes nothing; with --yes removes exactly the planned links', async () => {
    const dry = await audit('--format', 'jsonl', '--fix', '--fix-min-risk', 'low');
    expect(dry.code).toBe(0);
    expect(emu.log.entries.filter((e) => e.method === 'DELETE')).toHaveLength(0);
    const table = await audit('--format', 'table', '--fix', '--fix-min-risk', 'low');
    expect(table.stdout).toContain('would remove');

    emu.log.clear();
    const real = await audit('--format', 'table', '--fix', '--fix-min-risk', 'low', '--yes', '--no-notify');
    expect(real.code).toBe(0);
    const deletes = emu.log.entries.filter((e) => e.method === 'DELETE');
    expect(deletes.length).toBeGreaterThan(0);
    const planned = table.stdout.split('\n').filter((l) => / planned$/.test(l.trim())).length;
    expect(deletes).toHaveLength(planned);

    const after = await audit('--format', 'jsonl');
    const exposures = lines(after).flatMap((l) => l.exposure);
    expect(exposures).not.toContain('anyone-with-link');
    expect(exposures).not.toContain('anyone-public');

    // Every removal is logged with the grant as it was, and undo puts each one back.
    const state = join(dir, 'state.sqlite');
    const listed = await runCli(['audit', 'google', 'undo', '--state', state]);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Would put back');
    const undo = await runCli([
      'audit',
      'google',
      'undo',
      '--state',
      state,
      '--admin',
      'it.admin@oakfield.sch.uk',
      '--yes',
    ]);
    expect(undo.code).toBe(0);
    expect(undo.stderr).toContain(`put back ${deletes.length} of ${deletes.length}`);
    const restored = await audit('--format', 'jsonl', '--full');
    expect(byId(lines(restored))).toEqual(byId(lines(dry)));
  });

  it("without --policy the school is the directory's domains: a partner share is then outside too", async () => {
    const r = await runCli([
      'audit',
      'google',
      '--admin',
      'it.admin@oakfield.sch.uk',
      '--state',
      join(dir, 'state.sqlite'),
      '--format',
      'jsonl',
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const got = byId(lines(r));
    for (const e of smallSchoolExpectedFindings) expect(got[e.fileId]).toEqual(e.exposure);
    expect(got['f-partner-share']).toEqual(['external-user']);
  });

  it('asks for --admin when neither it nor the profile names the administrator', async () => {
    const noAdmin = join(dir, 'no-admin.json');
    const { contacts: _contacts, ...profile } = smallSchoolProfile();
    writeFileSync(noAdmin, JSON.stringify(profile));
    const r = await runCli(['audit', 'google', '--policy', noAdmin, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--admin');
  });

  it('refuses bad options before calling Google (exit 2, naming the value)', async () => {
    const r = await audit('--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"xml"');
    expect(emu.log.entries).toHaveLength(0);
    const yes = await audit('--yes');
    expect(yes.code).toBe(2);
    expect(yes.stderr).toContain('--fix');
  });
});
