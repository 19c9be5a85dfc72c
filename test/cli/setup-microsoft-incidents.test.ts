import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import type { CommandContext } from '../../cli/command-context';
import type { Io } from '../../cli/io';
import { InputError, UsageError } from '../../cli/usage-error';
import { registerSetupMicrosoftIncidentsCommand, type SetupDeps } from '../../cli/commands/setup-microsoft-incidents';
import { ensureList } from '../../connectors/microsoft/sharepoint-list';
import { defaultTenantFixture, fetchTrusting, startGraphEmulator, type GraphEmulator } from '../emulators/graph';
import { graphFor, TEST_TOKEN } from '../connectors/microsoft/graph-test-client';
import { tempDir } from './run-cli';

const SITE = defaultTenantFixture.sites[0]!.id!;
let emulator: GraphEmulator;
let dir: string;
let cleanup: () => void;

beforeEach(async () => {
  emulator = await startGraphEmulator({ token: TEST_TOKEN });
  ({ dir, cleanup } = tempDir());
});
afterEach(async () => {
  await emulator.close();
  cleanup();
});

/**
 * `sos setup microsoft incidents ...` parsed by commander as cli/sos.ts wires it, with the Graph
 * connector's fetch trusting the emulator's certificate (NODE_EXTRA_CA_CERTS only works at start-up).
 */
async function run(args: string[], deps: Partial<SetupDeps> = {}) {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io: Io = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: dir,
  };
  const ctx: CommandContext = { io, setExitCode: (c) => (code = c) };
  const program = new Command('sos')
    .exitOverride()
    .configureOutput({ writeErr: (s) => (stderr += s), writeOut: (s) => (stdout += s) });
  registerSetupMicrosoftIncidentsCommand(program.command('setup').command('microsoft'), ctx, {
    env: { SOS_GRAPH_BASE_URL: emulator.baseUrl, SOS_ACCESS_TOKEN: TEST_TOKEN },
    fetch: fetchTrusting(emulator.caPem),
    ...deps,
  });
  let error: unknown;
  try {
    await program.parseAsync(['setup', 'microsoft', 'incidents', ...args], { from: 'user' });
  } catch (err) {
    error = err;
  }
  return { code, stdout, stderr, error };
}

describe('sos setup microsoft incidents', () => {
  it('creates the lists the first time and adopts them, creating nothing, the second time', async () => {
    const first = await run(['--site', SITE]);
    expect(first.error).toBeUndefined();
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created {2}"Incident Log" with 28 columns/);
    expect(first.stdout).toMatch(/created {2}"Actions"/);
    expect(first.stdout).toMatch(/created {2}"Needs Attention"/);
    expect(first.stdout).toContain('last reference issued: none yet');
    const lists = emulator.tenant.site(SITE)!.lists;
    expect(lists.map((l) => l.displayName)).toEqual([
      'Incident Log',
      'Actions',
      'Needs Attention',
      'Incident Reference Counter',
    ]);
    expect(lists[0]!.columns.find((c) => c.name === 'reference')).toMatchObject({ indexed: true });
    expect(lists[0]!.columns.find((c) => c.name === 'description')!.definition).toMatchObject({
      text: { allowMultipleLines: true },
    });

    emulator.log.clear();
    const second = await run(['--site', SITE]);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/adopted {2}"[^"]+" \(already complete\)/g)).toHaveLength(4);
    expect(emulator.log.entries.filter((e) => e.method !== 'GET')).toEqual([]);
    expect(emulator.tenant.site(SITE)!.lists).toHaveLength(4);
    expect(emulator.tenant.itemFields(SITE, 'Incident Reference Counter')).toHaveLength(1);
  });

  it('adds the columns an existing list lacks', async () => {
    await ensureList(graphFor(emulator), SITE, {
      displayName: 'Actions',
      description: 'made by hand',
      columns: [{ name: 'reference', displayName: 'Incident reference', kind: 'text' }],
    });
    const r = await run(['--site', SITE]);
    expect(r.stdout).toContain('adopted  "Actions", added 5 missing columns: actionId, description, owner, due, done');
  });

  it('refuses a malformed site id before calling Graph', async () => {
    const r = await run(['--site', 'https://example.sharepoint.com/sites/safeguarding']);
    expect(r.error).toBeInstanceOf(UsageError);
    expect((r.error as Error).message).toMatch(/^--site: /);
    expect(emulator.log.entries).toHaveLength(0);
  });

  it('says when the site does not exist', async () => {
    const r = await run([
      '--site',
      'example.sharepoint.com,99999999-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222',
    ]);
    expect(r.error).toBeInstanceOf(UsageError);
    expect((r.error as Error).message).toContain('no SharePoint site has that id (HTTP 404)');
  });

  it('names the missing sign-in settings', async () => {
    const r = await run(['--site', SITE], { env: { SOS_GRAPH_BASE_URL: emulator.baseUrl } });
    expect(r.error).toBeInstanceOf(InputError);
    expect((r.error as Error).message).toContain('SOS_TENANT_ID');
  });

  it('with --policy, warns about contacts the alerts need but the profile lacks', async () => {
    writeFileSync(
      join(dir, 'policy.json'),
      JSON.stringify({
        school: { name: 'Example School', timezone: 'Europe/London' },
        domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
        contacts: { dsl: 'dsl@example.sch.uk' },
        mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
      }),
    );
    const r = await run(['--site', SITE, '--policy', 'policy.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('contacts.headteacher');
    expect(r.stderr).toContain('contacts.chairOfGovernors');
    expect(r.stderr).not.toContain('contacts.dsl ');
  });
});
