import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import type { CommandContext } from '../../cli/command-context';
import type { Io } from '../../cli/io';
import { registerMailReviewCommand } from '../../cli/commands/mail-review';
import { openStateDb } from '../../connectors/state/database';
import { sqliteReviewQueue } from '../../connectors/state/review-queue';
import { buildSampleSchool } from '../../connectors/sample-school/generate';
import { sampleMailbox } from '../../connectors/sample-school/mailbox';
import { fetchTrusting, startGraphEmulator, type GraphEmulator } from '../emulators/graph';
import { TEST_TOKEN } from '../connectors/microsoft/graph-test-client';
import { runCli, tempDir } from './run-cli';

const school = buildSampleSchool();
const box = sampleMailbox(school.people);
const profile = JSON.parse(school.files.find((f) => f.file === 'school-profile.json')!.data.toString()) as {
  contacts: { dsl: string; caseManager: string };
};
const planted = box.messages.filter((m) => m.expect.length > 0);
const secrecy = planted.find((m) => m.expect.includes('secrecy') && m.expect.length === 1)!;

let dir: string;
let cleanup: () => void;
const POLICY = 'school-profile.json';
const DIRECTORY = 'directory.csv';
const STATE = 'state/queue.sqlite';

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  for (const f of school.files.filter((x) => x.file === POLICY || x.file === DIRECTORY)) {
    writeFileSync(join(dir, f.file), f.data);
  }
  writeFileSync(join(dir, 'box.mbox'), box.mbox);
});
afterEach(() => cleanup());

const cli = (args: string[]) => runCli(args, { cwd: dir });
const check = () =>
  cli(['mail', 'check', 'box.mbox', '--policy', POLICY, '--directory', DIRECTORY, '--state', STATE, '--quiet']);
const listJsonl = async (extra: string[] = []) => {
  const run = await cli(['mail', 'review', '--state', STATE, '--format', 'jsonl', ...extra]);
  expect(run.code).toBe(0);
  return run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
};

describe('sos mail check --state', () => {
  it('records every flag in the review queue once, however often the check runs', async () => {
    expect((await check()).code).toBe(0);
    const first = await listJsonl();
    expect(first).toHaveLength(planted.length);
    expect((await check()).code).toBe(0);
    expect(await listJsonl()).toHaveLength(planted.length);
    expect(first[0]).toMatchObject({ status: 'new', reviewer: null, note: null });
    expect(String(first[0]!.source)).toMatch(/box\.mbox, message \d+$/);
  });
});

describe('sos mail review', () => {
  beforeEach(async () => {
    expect((await check()).code).toBe(0);
  });

  it('says where the queue is missing rather than creating an empty one', async () => {
    const run = await cli(['mail', 'review', '--state', 'nowhere.sqlite']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no review queue at nowhere.sqlite');
    expect(existsSync(join(dir, 'nowhere.sqlite'))).toBe(false);
  });

  it('records a decision with reviewer, date and note, and filters by status', async () => {
    const noNote = await cli([
      'mail',
      'review',
      'decide',
      secrecy.messageId,
      '--status',
      'escalated',
      '--reviewer',
      profile.contacts.dsl,
      '--state',
      STATE,
    ]);
    expect(noNote.code).toBe(2);
    expect(noNote.stderr).toContain('--note: is required when escalating');

    const badReviewer = await cli([
      'mail',
      'review',
      'decide',
      secrecy.messageId,
      '--status',
      'no-concern',
      '--reviewer',
      'Ms Murray',
      '--state',
      STATE,
    ]);
    expect(badReviewer.code).toBe(2);
    expect(badReviewer.stderr).toContain('--reviewer: must be the email address');

    const unknown = await cli([
      'mail',
      'review',
      'decide',
      'nope@x',
      '--status',
      'no-concern',
      '--reviewer',
      profile.contacts.dsl,
      '--state',
      STATE,
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('messageId: no flagged message');

    const ok = await cli([
      'mail',
      'review',
      'decide',
      `<${secrecy.messageId}>`,
      '--status',
      'escalated',
      '--reviewer',
      profile.contacts.dsl,
      '--note',
      '=HYPERLINK("x") Head informed; LADO consulted',
      '--state',
      STATE,
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${secrecy.messageId}: new -> escalated`);

    const escalated = await listJsonl(['--status', 'escalated']);
    expect(escalated.map((e) => e.messageId)).toEqual([secrecy.messageId]);
    expect(escalated[0]).toMatchObject({
      reviewer: profile.contacts.dsl,
      note: expect.stringContaining('LADO consulted'),
    });
    expect(typeof escalated[0]!.reviewedAt).toBe('string');
    expect(await listJsonl(['--status', 'new'])).toHaveLength(planted.length - 1);

    const csv = await cli(['mail', 'review', '--state', STATE, '--format', 'csv', '--status', 'escalated']);
    expect(csv.stdout.split('\r\n')[0]).toContain('status,reviewer,reviewed_at,note');
    expect(csv.stdout).toContain(`'=HYPERLINK`);

    const table = await cli(['mail', 'review', '--state', STATE, '--format', 'table']);
    expect(table.stdout).toContain('escalated');
    expect(table.stdout).toContain(`${planted.length - 1} awaiting review, 1 escalated, 0 no concern`);

    const audit = openStateDb(join(dir, STATE));
    expect(sqliteReviewQueue(audit).history(secrecy.messageId)).toHaveLength(1);
    audit.close();
  });

  it('writes the HTML review report, grouped by severity and staff, with each decision', async () => {
    await cli([
      'mail',
      'review',
      'decide',
      secrecy.messageId,
      '--status',
      'escalated',
      '--reviewer',
      profile.contacts.dsl,
      '--note',
      'Head <informed>',
      '--state',
      STATE,
    ]);
    const noPolicy = await cli(['mail', 'review', '--state', STATE, '--format', 'html']);
    expect(noPolicy.code).toBe(2);
    const run = await cli([
      'mail',
      'review',
      '--state',
      STATE,
      '--policy',
      POLICY,
      '--directory',
      DIRECTORY,
      '--out',
      'out/review.html',
    ]);
    expect(run.code).toBe(0);
    const html = readFileSync(join(dir, 'out/review.html'), 'utf8');
    expect(html).toContain('Staff–pupil email review queue');
    expect(html).toContain('By member of staff');
    expect(html).toContain('Critical (');
    expect(html).toContain('status-escalated');
    expect(html).toContain('Head &lt;informed&gt;');
    expect(html).not.toContain('Head <informed>');
    expect(run.stderr).toContain('written to out/review.html');
  });

  it('prints the digest by default, marking nothing, to the case manager for staff and the DSL otherwise', async () => {
    const run = await cli(['mail', 'digest', '--policy', POLICY, '--directory', DIRECTORY, '--state', STATE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`To: ${profile.contacts.caseManager}`);
    expect(run.stdout).toContain(`To: ${profile.contacts.dsl}`);
    expect(run.stdout).toContain('Nothing has been sent to the member of staff or the pupils');
    expect(run.stderr).toContain('dry run');
    const again = await cli([
      'mail',
      'digest',
      '--policy',
      POLICY,
      '--directory',
      DIRECTORY,
      '--state',
      STATE,
      '--dry-run',
    ]);
    expect(again.stdout).toBe(run.stdout);
    expect((await listJsonl()).every((e) => e.digestedAt === null)).toBe(true);
  });

  it('refuses contradictory digest options', async () => {
    for (const args of [
      ['--send', 'graph'],
      ['--send', 'smtp', '--mailbox', 'a@b.uk'],
      ['--mailbox', 'a@b.uk'],
      ['--send', 'graph', '--mailbox', 'a@b.uk', '--dry-run'],
    ]) {
      const run = await cli(['mail', 'digest', '--policy', POLICY, '--state', STATE, ...args]);
      expect(run.code).toBe(2);
    }
  });
});

describe('sos mail digest --send graph', () => {
  let emulator: GraphEmulator;
  beforeEach(async () => {
    emulator = await startGraphEmulator({ token: TEST_TOKEN });
    expect((await check()).code).toBe(0);
  });
  afterEach(async () => {
    await emulator.close();
  });

  async function digest(now = new Date('2026-03-30T07:00:00Z')) {
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
    const program = new Command('sos').exitOverride();
    registerMailReviewCommand(program.command('mail'), ctx, {
      now: () => now,
      env: { SOS_GRAPH_BASE_URL: emulator.baseUrl, SOS_ACCESS_TOKEN: TEST_TOKEN },
      fetch: fetchTrusting(emulator.caPem),
    });
    await program.parseAsync(
      [
        'mail',
        'digest',
        '--policy',
        POLICY,
        '--directory',
        DIRECTORY,
        '--state',
        STATE,
        '--send',
        'graph',
        '--mailbox',
        'safeguarding@example.sch.uk',
      ],
      { from: 'user' },
    );
    return { code, stdout, stderr };
  }

  it('sends each email once, marking its flags only after Graph accepted it', async () => {
    const first = await digest();
    expect(first.code).toBe(0);
    const sent = emulator.tenant.sentMail;
    expect(
      sent
        .map((m) => (m.message.toRecipients as { emailAddress: { address: string } }[])[0]!.emailAddress.address)
        .sort(),
    ).toEqual([profile.contacts.caseManager, profile.contacts.dsl].sort());
    expect(sent.every((m) => m.mailbox === 'safeguarding@example.sch.uk')).toBe(true);
    // No pupil or member of staff concerned is ever a recipient, and pupils' addresses are masked.
    const parties = new Set(planted.flatMap((m) => [m.from.address, ...m.to.map((t) => t.address)]));
    for (const m of sent) {
      for (const r of m.message.toRecipients as { emailAddress: { address: string } }[]) {
        expect(parties.has(r.emailAddress.address)).toBe(false);
      }
      const body = (m.message.body as { content: string }).content;
      for (const p of planted)
        for (const t of p.to) if (t.address.includes('@pupils.')) expect(body).not.toContain(t.address);
    }
    expect((await listJsonl()).every((e) => typeof e.digestedAt === 'string')).toBe(true);

    const again = await digest(new Date('2026-03-30T16:00:00Z'));
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('nothing new since the last digest');
    expect(emulator.tenant.sentMail).toHaveLength(sent.length);
  });

  it('keeps flags whose email failed for the next run', async () => {
    emulator.faults.add({ path: /sendMail$/, status: 403, times: 1 });
    const first = await digest();
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('could not send to');
    expect(emulator.tenant.sentMail).toHaveLength(1);
    const marked = (await listJsonl()).filter((e) => typeof e.digestedAt === 'string').length;
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(planted.length);

    const retry = await digest();
    expect(retry.code).toBe(0);
    expect(emulator.tenant.sentMail).toHaveLength(2);
    expect((await listJsonl()).every((e) => typeof e.digestedAt === 'string')).toBe(true);
  });
});
