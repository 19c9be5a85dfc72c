import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import type { CommandContext } from '../../cli/command-context';
import type { Io } from '../../cli/io';
import { InputError, UsageError } from '../../cli/usage-error';
import {
  registerMailMonitorMicrosoftCommand,
  type MailMonitorMicrosoftDeps,
} from '../../cli/commands/mail-monitor-microsoft';
import { openStateDb } from '../../connectors/state/database';
import { sqliteReviewQueue } from '../../connectors/state/review-queue';
import { sqliteCursorStore } from '../../connectors/state/cursor-store';
import { fetchTrusting, startGraphEmulator, type GraphEmulator } from '../emulators/graph';
import { TEST_TOKEN } from '../connectors/microsoft/graph-test-client';
import { runCli, tempDir } from './run-cli';

const ANN = 'ann.teacher@example.sch.uk';
const BEN = 'ben.teacher@example.sch.uk';
const PUPIL = '23abrown@pupils.example.sch.uk';
const NOW = new Date(Date.UTC(2025, 0, 20, 12));

const profile = {
  school: { name: 'Example School', timezone: 'Europe/London' },
  domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
  mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
};
const directory =
  'email,role,name,personal_emails\n' +
  `${ANN},staff,Ann Teacher,\n` +
  `${BEN},staff,Ben Teacher,\n` +
  `${PUPIL},pupil,Alex Brown,\n`;

let emulator: GraphEmulator;
let dir: string;
let cleanup: () => void;
let serial = 0;

beforeEach(async () => {
  emulator = await startGraphEmulator({
    token: TEST_TOKEN,
    fixture: {
      sharePointHost: 'example.sharepoint.com',
      sites: [],
      users: [
        { userPrincipalName: ANN, displayName: 'Ann Teacher' },
        { userPrincipalName: BEN, displayName: 'Ben Teacher' },
      ],
    },
  });
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(profile));
  writeFileSync(join(dir, 'people.csv'), directory);
});
afterEach(async () => {
  await emulator.close();
  cleanup();
});

/** A message in Sent Items, `hoursAgo` before NOW (Monday 20 January 2025, 12:00). */
function sent(mailbox: string, to: string, text: string, hoursAgo = 2) {
  serial += 1;
  return emulator.tenant.deliverMessage(mailbox, 'sentitems', {
    from: mailbox,
    to: [to],
    subject: `Message ${serial}`,
    text,
    date: new Date(NOW.getTime() - hoursAgo * 3600_000),
    messageId: `cli-${serial}@example.sch.uk`,
  });
}

const GROOMING =
  'Keep this between us and delete this email after reading. Add me on Snapchat, my number is 07700 900123.';

/** `sos mail monitor microsoft ...` as cli/sos.ts wires it, with Graph and the clock replaced. */
async function run(args: string[], deps: Partial<MailMonitorMicrosoftDeps> = {}, tty = false) {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io: Io = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    stdoutIsTTY: tty,
    stderrIsTTY: false,
    cwd: dir,
  };
  const ctx: CommandContext = { io, setExitCode: (c) => (code = c) };
  const program = new Command('sos')
    .exitOverride()
    .configureOutput({ writeErr: (s) => (stderr += s), writeOut: (s) => (stdout += s) });
  registerMailMonitorMicrosoftCommand(program.command('mail').command('monitor'), ctx, {
    env: { SOS_GRAPH_BASE_URL: emulator.baseUrl, SOS_ACCESS_TOKEN: TEST_TOKEN },
    fetch: fetchTrusting(emulator.caPem),
    now: () => NOW,
    ...deps,
  });
  let error: unknown;
  try {
    await program.parseAsync(
      ['mail', 'monitor', 'microsoft', '--policy', 'policy.json', '--directory', 'people.csv', '--quiet', ...args],
      { from: 'user' },
    );
  } catch (err) {
    error = err;
  }
  return { code, stdout, stderr, error };
}

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('sos mail monitor microsoft', () => {
  it('prints new flags as CONTRACTS §4 jsonl, records them in the review queue, and carries on next time', async () => {
    const flagged = sent(ANN, PUPIL, GROOMING);
    sent(ANN, PUPIL, 'The homework is on page 12 of the workbook.');
    sent(BEN, 'c.brown@example.sch.uk', GROOMING);

    const first = await run([]);
    expect(first.error).toBeUndefined();
    expect(first.code).toBe(0);
    const out = lines(first.stdout);
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]!)).toEqual(['messageId', 'rules', 'severity', 'from', 'to', 'date', 'evidence']);
    expect(out[0]).toMatchObject({ messageId: flagged.internetMessageId, from: ANN, to: [PUPIL] });
    expect(out[0]!.rules).toEqual(expect.arrayContaining(['secrecy', 'private-channel']));
    expect(JSON.stringify(out[0]!.evidence)).not.toContain('07700 900123');
    expect(first.stderr).toBe(
      'mail monitor microsoft: 2 of 2 mailboxes read (2 in full), 2 messages checked, 1 flagged (1 new for review), ' +
        '0 could not be read; state in .sos/state.sqlite\n',
    );

    const db = openStateDb(join(dir, '.sos/state.sqlite'));
    try {
      const entries = sqliteReviewQueue(db).list();
      expect(entries.map((e) => [e.key, e.source, e.status])).toEqual([
        [flagged.internetMessageId, `graph:${ANN}`, 'new'],
      ]);
      expect(sqliteCursorStore(db).get(`graph-mail-delta:${ANN}`)).toContain('$deltatoken=');
    } finally {
      db.close();
    }

    const second = await run([]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain('2 of 2 mailboxes read, 0 messages checked, 0 flagged');

    // A new message and an expired delta state: only the new message is checked and printed.
    const later = sent(ANN, PUPIL, GROOMING, 1);
    emulator.tenant.expireMailDeltaTokens();
    const third = await run([]);
    expect(lines(third.stdout).map((l) => l.messageId)).toEqual([later.internetMessageId]);
    expect(third.stderr).toContain('(2 in full), 1 message checked, 1 flagged (1 new for review)');
  });

  it('names a mailbox outside the RBAC scope and goes on; exit 1 only when no mailbox could be read', async () => {
    sent(BEN, PUPIL, GROOMING);
    emulator.tenant.mailAccessScope = new Set([BEN]);
    const partly = await run(['--state', 'state.sqlite']);
    expect(partly.code).toBe(0);
    expect(lines(partly.stdout)).toHaveLength(1);
    expect(partly.stderr).toContain(
      `sos mail monitor microsoft: mailbox not read: ${ANN}: HTTP 403 ErrorAccessDenied: Access is denied`,
    );
    expect(partly.stderr).toContain('RBAC management scope? see docs/microsoft-mail-monitoring.md');
    expect(partly.stderr).toContain('1 of 2 mailboxes read');

    emulator.tenant.mailAccessScope = new Set();
    const none = await run(['--state', 'state.sqlite']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('fatal error: no mailbox could be read');
  });

  it('reports a message it cannot read without its content, and checks the rest', async () => {
    serial += 1;
    const broken = emulator.tenant.deliverMessage(ANN, 'sentitems', {
      from: ANN,
      to: [PUPIL],
      subject: 'x',
      text: '',
      date: new Date(NOW.getTime() - 3600_000),
      raw: Buffer.from(`To: ${PUPIL}\r\nContent-Type: multipart/mixed\r\n\r\nAlex Brown secret\r\n`),
    });
    sent(ANN, PUPIL, GROOMING);
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain(`not checked: graph:${ANN}, message ${broken.id}: `);
    expect(r.stderr).not.toContain('secret');
    expect(r.stderr).toContain('1 could not be read');
  });

  it('prints a table on a terminal', async () => {
    sent(ANN, PUPIL, GROOMING);
    const r = await run([], {}, true);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SEVERITY\s+SENT \(school time\)\s+STAFF\s+PUPIL\s+RULES\s+EVIDENCE \(masked\)\n/);
    expect(r.stdout).toContain(ANN);
    expect(r.stdout).toContain('now in the review queue');
    const again = await run(['--format', 'table']);
    expect(again.stdout).toBe('No new message was flagged.\n');
  });

  it('reads only the lookback period on a first run', async () => {
    const old = sent(ANN, PUPIL, GROOMING, 24 * 10);
    const recent = sent(ANN, PUPIL, GROOMING, 24 * 2);
    const r = await run(['--lookback-days', '5']);
    expect(lines(r.stdout).map((l) => l.messageId)).toEqual([recent.internetMessageId]);
    expect(r.stdout).not.toContain(old.internetMessageId);
  });

  it('refuses bad flags and missing sign-in settings before reading any mailbox', async () => {
    const days = await run(['--lookback-days', 'ten']);
    expect(days.error).toBeInstanceOf(UsageError);
    expect((days.error as Error).message).toMatch(/^--lookback-days: /);
    const format = await run(['--format', 'csv']);
    expect(format.error).toBeInstanceOf(UsageError);
    const signIn = await run([], { env: { SOS_GRAPH_BASE_URL: emulator.baseUrl } });
    expect(signIn.error).toBeInstanceOf(InputError);
    expect((signIn.error as Error).message).toContain('SOS_TENANT_ID');
    writeFileSync(join(dir, 'people.csv'), `email,role,name,personal_emails\n${PUPIL},pupil,Alex Brown,\n`);
    const noStaff = await run([]);
    expect(noStaff.error).toBeInstanceOf(InputError);
    expect((noStaff.error as Error).message).toContain('no row has role staff');
    expect(emulator.log.entries).toHaveLength(0);
  });

  it('is wired into sos', async () => {
    const r = await runCli(['mail', 'monitor', 'microsoft', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--lookback-days');
    expect(r.stdout).toContain('docs/microsoft-mail-monitoring.md');
  });
});
