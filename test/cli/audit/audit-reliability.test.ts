/**
 * Reliability of the sharing audit, end to end through the real connector, emulator and SQLite state:
 * killed and resumed, throttled, with a broken account.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createGoogleLimiter, googleConnection, googleSharingInventory } from '../../../connectors/google';
import { sampleGoogleTenant } from '../../../connectors/sample-school/google-tenant';
import { sampleProfile } from '../../../connectors/sample-school/profile';
import { samplePeople } from '../../../connectors/sample-school/sample-people';
import { sqliteCheckpointStore } from '../../../connectors/state/checkpoint-store';
import { sqliteCursorStore } from '../../../connectors/state/cursor-store';
import { openStateDb, type StateDb } from '../../../connectors/state/database';
import { sqliteSharingHistory } from '../../../connectors/state/sharing-history';
import { runSharingAudit, type AuditCheckpoint, type AuditRunResult } from '../../../core/jobs/sharing-audit';
import type { FolderMap } from '../../../core/jobs/sharing-audit-ports';
import { parseProfile } from '../../../core/policy';
import { sharingPolicy } from '../../../core/sharing/policy';
import type { SharingInventory } from '../../../core/sharing/ports';
import { startGoogleEmulator, type GoogleEmulator } from '../../emulators/google';

const tenant = sampleGoogleTenant({ files: 1500 });
const profileResult = parseProfile(sampleProfile(samplePeople()));
if (!profileResult.ok) throw new Error('sample profile invalid');
const profile = profileResult.profile;
const domains = [...profile.domains.staff, ...profile.domains.pupils];

function inventoryFor(emu: GoogleEmulator): SharingInventory {
  const connection = googleConnection({ env: { SOS_ACCESS_TOKEN: 'test:{user}', SOS_GOOGLE_API_ROOT: emu.rootUrl } });
  const limiter = createGoogleLimiter({ baseDelayMs: 1, maxDelayMs: 5, maxRetries: 10 });
  return googleSharingInventory({ connection, admin: tenant.admin, limiter, schoolDomains: domains });
}

function audit(db: StateDb, inventory: SharingInventory, full = false): Promise<AuditRunResult> {
  return runSharingAudit(
    {
      inventory,
      history: sqliteSharingHistory(db, 'google'),
      cursors: sqliteCursorStore(db),
      checkpoints: sqliteCheckpointStore<AuditCheckpoint>(db),
      folderMaps: sqliteCheckpointStore<FolderMap>(db),
      policy: sharingPolicy(profile, { now: () => new Date(), scanContent: false }),
      now: () => new Date(),
      namespace: 'test',
      includeUser: () => true,
      concurrency: 3,
    },
    { full, fullPassKey: 'k' },
  );
}

/** fileId -> "exposures|risk", the comparable result of a run. */
function findings(db: StateDb): Record<string, string> {
  return Object.fromEntries(
    sqliteSharingHistory(db, 'google')
      .open()
      .map((r) => [r.finding.fileId, `${r.finding.exposure.join(',')}|${r.finding.risk}`]),
  );
}

const root = join(__dirname, '..', '..', '..');
// A private build of the command, so this test never races another one rebuilding dist/cli.
const cli = join(root, 'dist', 'test-audit-kill', 'sos.js');

/** Runs the built command; with `killAfterMs`, SIGKILLs it then unless it ended first. */
function runChild(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  killAfterMs?: number,
): Promise<{ code: number | null; killed: boolean; ms: number }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['-e', `require(${JSON.stringify(cli)}).main(process.argv.slice(1)).then((c) => (process.exitCode = c))`, ...args],
    { cwd: root, env, stdio: 'ignore' },
  );
  let killed = false;
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, killAfterMs);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed: killed && code === null, ms: Date.now() - started });
    }),
  );
}

let emu: GoogleEmulator;
let reference: Record<string, string>;

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'cli', 'sos.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  emu = await startGoogleEmulator({ fixture: tenant.fixture });
  const db = openStateDb(':memory:');
  const result = await audit(db, inventoryFor(emu));
  expect(result.complete).toBe(true);
  reference = findings(db);
  db.close();
});

afterAll(() => emu.close());

it('the uninterrupted run reports exactly the expected exposures', () => {
  const expected = Object.fromEntries(tenant.expected.map((e) => [e.fileId, e.exposure.join(',')]));
  const got = Object.fromEntries(Object.entries(reference).map(([id, v]) => [id, v.split('|')[0]]));
  expect(got).toEqual(expected);
});

it('killed (SIGKILL) at 20 random points and resumed each time, it ends with the same findings, nothing doubled', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sos-kill-'));
  try {
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify(sampleProfile(samplePeople())));
    const state = join(dir, 'state.sqlite');
    const args = ['audit', 'google', '--policy', policy, '--state', state, '--format', 'jsonl', '--quiet', '--full'];
    const env = { ...process.env, SOS_GOOGLE_API_ROOT: emu.rootUrl, SOS_ACCESS_TOKEN: 'test:{user}' };
    // How long an uninterrupted run takes here, to spread the kills over it.
    const timed = await runChild(args, env);
    expect(timed.code).toBe(0);
    const spanMs = timed.ms;
    rmSync(state, { force: true });

    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let kills = 0;
    let finished = false;
    // `--full` restarts nothing: a run with a checkpoint resumes it whatever the flags.
    while (kills < 20) {
      const r = await runChild(args, env, Math.round(200 + random() * spanMs * 0.25));
      if (r.killed) kills += 1;
      else {
        expect(r.code).toBe(0);
        finished = true;
        break;
      }
    }
    expect(kills).toBe(20);
    if (!finished) expect((await runChild(args, env)).code).toBe(0);
    const db = openStateDb(state);
    expect(findings(db)).toEqual(reference);
    const rows = sqliteSharingHistory(db, 'google').open();
    expect(new Set(rows.map((r) => r.finding.fileId)).size).toBe(rows.length);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);

it('10% injected throttling and server errors give identical findings', async () => {
  emu.faults.random({ rate: 0.1, seed: 42 });
  try {
    const db = openStateDb(':memory:');
    const r = await audit(db, inventoryFor(emu), true);
    expect(r.failures).toEqual([]);
    expect(emu.faults.randomHits).toBeGreaterThan(0);
    expect(findings(db)).toEqual(reference);
    db.close();
  } finally {
    emu.faults.clear();
  }
});

it('a user whose drive cannot be read is reported and the audit goes on', async () => {
  const broken = tenant.expected
    .map((e) => tenant.fixture.files.find((f) => f.id === e.fileId)?.owner)
    .find((o): o is string => o !== undefined && o !== tenant.admin) as string;
  emu.failingUsers.add(broken);
  try {
    const db = openStateDb(':memory:');
    const r = await audit(db, inventoryFor(emu), true);
    expect(r.complete).toBe(true);
    expect(r.failures.map((f) => f.scope)).toEqual([`user:${broken}`]);
    const got = findings(db);
    const ownedByBroken = new Set(tenant.fixture.files.filter((f) => f.owner === broken).map((f) => f.id));
    const others = Object.fromEntries(Object.entries(reference).filter(([id]) => !ownedByBroken.has(id)));
    expect(got).toEqual(others);
    db.close();
  } finally {
    emu.failingUsers.clear();
  }
});
