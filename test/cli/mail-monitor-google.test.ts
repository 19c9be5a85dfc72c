import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStateDb } from '../../connectors/state/database';
import { sqliteReviewQueue } from '../../connectors/state/review-queue';
import { startGmailEmulator, type GmailEmulator } from '../emulators/gmail';
import { runCli, tempDir, type CliRun } from './run-cli';

const STAFF = 'j.smith@example.sch.uk';
const STAFF2 = 'b.jones@example.sch.uk';
const PUPIL = '23abrown@pupils.example.sch.uk';

const profile = {
  school: { name: 'Example School', timezone: 'Europe/London' },
  domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
  mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
};
const directory = (extraStaff: string[] = []) =>
  'email,role,name,personal_emails\n' +
  `${STAFF},staff,Jane Smith,jane.smith1984@gmail.com\n` +
  `${STAFF2},staff,Ben Jones,\n` +
  extraStaff.map((s) => `${s},staff,Someone Else,\n`).join('') +
  'coach.outside@gmail.com,staff,Visiting Coach,\n' +
  `${PUPIL},pupil,Alex Brown,\n`;

let counter = 0;
function mail(headers: Record<string, string>, body: string): string {
  counter += 1;
  const all = {
    'Message-ID': `<cli-${counter}@example.sch.uk>`,
    Date: 'Tue, 14 Jan 2025 10:00:00 +0000',
    Subject: `message ${counter}`,
    ...headers,
  };
  const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
  return [...lines, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
}
const SECRET = 'Keep this between us and delete this email after reading. Add me on Snapchat.';
const CLEAN = 'Homework is due on Friday; bring your planner.';

const { dir, cleanup } = tempDir();
const policyFile = join(dir, 'policy.json');
writeFileSync(policyFile, JSON.stringify(profile));
const directoryFile = join(dir, 'people.csv');
writeFileSync(directoryFile, directory());

let emulator: GmailEmulator;
let stateFile: string;
const saved = { ...process.env };
let run = 0;

beforeEach(async () => {
  emulator = await startGmailEmulator({ mailboxes: [STAFF, STAFF2], now: () => Date.UTC(2025, 0, 20) });
  process.env.SOS_ACCESS_TOKEN = 'test:{user}';
  process.env.SOS_GOOGLE_API_ROOT = emulator.rootUrl;
  delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
  run += 1;
  stateFile = join(dir, `state-${run}`, 'state.sqlite');
});
afterEach(async () => {
  process.env = { ...saved };
  await emulator.close();
});
afterAll(() => cleanup());

const monitor = (...extra: string[]): Promise<CliRun> =>
  runCli([
    'mail',
    'monitor',
    'google',
    '--policy',
    policyFile,
    '--directory',
    directoryFile,
    '--state',
    stateFile,
    '--quiet',
    ...extra,
  ]);

function jsonl(r: CliRun): Record<string, unknown>[] {
  return r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function queueKeys(): string[] {
  const db = openStateDb(stateFile);
  try {
    return sqliteReviewQueue(db)
      .list()
      .map((e) => `${e.key} ${e.source}`);
  } finally {
    db.close();
  }
}

describe('sos mail monitor google', () => {
  it('reads the staff mailboxes, prints each new flag once as CONTRACTS §4 jsonl, and records it', async () => {
    const d = emulator.domain;
    // Sent by one member of staff with another in copy: two mailboxes hold it, one flag.
    d.deliver(mail({ From: STAFF, To: PUPIL, Cc: STAFF2, 'Message-ID': '<secret-1@example.sch.uk>' }, SECRET));
    d.deliver(mail({ From: PUPIL, To: STAFF }, CLEAN));

    const first = await monitor();
    expect(first.code).toBe(0);
    const lines = jsonl(first);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]!)).toEqual(['messageId', 'rules', 'severity', 'from', 'to', 'date', 'evidence']);
    expect(lines[0]).toMatchObject({ messageId: 'secret-1@example.sch.uk', from: STAFF, to: [PUPIL, STAFF2] });
    expect(lines[0]!.rules).toEqual(expect.arrayContaining(['secrecy', 'private-channel']));
    expect(first.stderr).toContain('warning: 1 staff entry is not in the staff domains');
    expect(first.stderr).toMatch(
      /mail monitor google: 2 mailboxes, 3 messages checked, 2 flagged \(1 new in the review queue\), 0 could not be read, 2 read in full, 0 not read/,
    );
    expect(queueKeys()).toEqual([`secret-1@example.sch.uk gmail:${STAFF}`]);

    const quiet = await monitor();
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toMatch(/0 messages checked, 0 flagged .* 0 read in full/);

    d.deliver(mail({ From: STAFF2, To: PUPIL, 'Message-ID': '<secret-2@example.sch.uk>' }, SECRET));
    const next = await monitor();
    expect(jsonl(next).map((l) => l.messageId)).toEqual(['secret-2@example.sch.uk']);
  });

  it('after a stale history id reads in full again without printing known flags twice', async () => {
    const d = emulator.domain;
    d.deliver(mail({ From: STAFF, To: PUPIL, 'Message-ID': '<old@example.sch.uk>' }, SECRET));
    expect(jsonl(await monitor()).map((l) => l.messageId)).toEqual(['old@example.sch.uk']);

    d.deliver(mail({ From: STAFF, To: PUPIL, 'Message-ID': '<away@example.sch.uk>' }, SECRET));
    d.expireAllHistory(STAFF);
    const resync = await monitor();
    expect(resync.code).toBe(0);
    expect(jsonl(resync).map((l) => l.messageId)).toEqual(['away@example.sch.uk']);
    expect(resync.stderr).toMatch(/2 flagged \(1 new in the review queue\).*1 read in full/);
    expect(queueKeys().sort()).toEqual([`away@example.sch.uk gmail:${STAFF}`, `old@example.sch.uk gmail:${STAFF}`]);
  });

  it('reports an unreadable message and a mailbox that cannot be read, and goes on', async () => {
    writeFileSync(directoryFile, directory(['left@example.sch.uk']));
    try {
      emulator.domain.deliver(
        ['From: ' + STAFF, 'To: ' + PUPIL, 'Content-Type: multipart/mixed', '', 'Alex Brown secret body', ''].join(
          '\r\n',
        ),
      );
      emulator.domain.deliver(mail({ From: STAFF2, To: PUPIL, 'Message-ID': '<fine@example.sch.uk>' }, SECRET));
      const r = await monitor();
      expect(r.code).toBe(0);
      expect(jsonl(r).map((l) => l.messageId)).toEqual(['fine@example.sch.uk']);
      expect(r.stderr).toMatch(new RegExp(`not checked: gmail:${STAFF}, message [0-9a-f]+: `));
      expect(r.stderr).not.toContain('secret body');
      expect(r.stderr).toMatch(/mailbox not read: .*left@example\.sch\.uk.*failedPrecondition/);
      expect(r.stderr).toMatch(
        /3 mailboxes, 1 message checked, 1 flagged .* 1 could not be read, 2 read in full, 1 not read/,
      );
    } finally {
      writeFileSync(directoryFile, directory());
    }
  });

  it('fails (exit 1) when no mailbox can be read', async () => {
    emulator.faults.add({ path: '/profile', status: 403, reason: 'forbidden', times: Infinity });
    const r = await monitor();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no mailbox could be read');
  });

  it('prints a table of new flags when asked', async () => {
    emulator.domain.deliver(mail({ From: STAFF, To: PUPIL, 'Message-ID': '<t@example.sch.uk>' }, SECRET));
    const r = await monitor('--format', 'table');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SEVERITY\s+SENT \(school time\)\s+MAILBOX\s+FROM\s+TO\s+RULES/);
    expect(r.stdout).toContain('Tue 14 Jan 2025 10:00');
    expect(r.stdout).toContain('secrecy');
  });

  it('refuses bad flags, missing credentials and a directory without staff (exit 2)', async () => {
    expect((await monitor('--format', 'csv')).code).toBe(2);
    const days = await monitor('--lookback-days', '1.5');
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--lookback-days');

    delete process.env.SOS_ACCESS_TOKEN;
    const noCredentials = await monitor();
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.stderr).toContain('no Google credentials');
    process.env.SOS_ACCESS_TOKEN = 'test:{user}';

    const pupilsOnly = join(dir, 'pupils-only.csv');
    writeFileSync(pupilsOnly, `email,role,name,personal_emails\n${PUPIL},pupil,Alex Brown,\n`);
    const r = await runCli([
      'mail',
      'monitor',
      'google',
      '--policy',
      policyFile,
      '--directory',
      pupilsOnly,
      '--state',
      stateFile,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no staff with an address in the staff domains');
  });
});
