import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeEml } from '../../connectors/files/write';
import { runCli, tempDir, type CliRun } from './run-cli';

const profile = {
  school: { name: 'Example School', timezone: 'Europe/London' },
  domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
  mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
};
const directory =
  'email,role,name,personal_emails\n' +
  'j.smith@example.sch.uk,staff,Jane Smith,jane.smith1984@gmail.com\n' +
  'b.jones@example.sch.uk,staff,Ben Jones,\n' +
  '23abrown@pupils.example.sch.uk,pupil,Alex Brown,\n';

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

const ENVELOPE = 'From 1589370123456789012@xxx Tue Jan 14 10:00:00 +0000 2025\n';

/** Plainly against any staff code of conduct: a personal account, secrecy and a private channel. */
const flagged = writeEml({
  from: 'Jane Smith <jane.smith1984@gmail.com>',
  to: '23abrown@pupils.example.sch.uk',
  subject: 'just us',
  date: new Date(Date.UTC(2025, 0, 14, 22, 40)),
  text: 'Keep this between us and delete this email after reading. Add me on Snapchat, my number is 07700 900123.',
  messageId: '=HYPERLINK("http://x")@example',
});
const clean = writeEml({
  from: 'Jane Smith <j.smith@example.sch.uk>',
  to: 'b.jones@example.sch.uk',
  subject: 'Staff meeting',
  date: new Date(Date.UTC(2025, 0, 14, 10, 0)),
  text: 'The staff meeting has moved to room 4 at 3.30pm.',
  messageId: 'clean-1@example.sch.uk',
});
const broken = Buffer.from(
  'From: j.smith@example.sch.uk\r\nTo: 23abrown@pupils.example.sch.uk\r\nContent-Type: multipart/mixed\r\n\r\nAlex Brown secret body\r\n',
);

const mboxFile = join(dir, 'export.mbox');
writeFileSync(
  mboxFile,
  Buffer.concat([clean, flagged, broken].flatMap((m) => [Buffer.from(ENVELOPE), m, Buffer.from('\n')])),
);
const policyFile = join(dir, 'policy.json');
writeFileSync(policyFile, JSON.stringify(profile));
const directoryFile = join(dir, 'people.csv');
writeFileSync(directoryFile, directory);

const base = ['mail', 'check', mboxFile, '--policy', policyFile, '--directory', directoryFile, '--quiet'];

function jsonl(r: CliRun): Record<string, unknown>[] {
  return r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('sos mail check --format jsonl', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli(base);
  });

  it('completes with exit 0', () => {
    expect(run.code).toBe(0);
  });

  it('prints one line per flagged message with exactly the contract fields, in order', () => {
    const lines = jsonl(run);
    expect(lines.map((l) => l.messageId)).toEqual(['=HYPERLINK("http://x")@example']);
    const line = lines[0]!;
    expect(Object.keys(line)).toEqual(['messageId', 'rules', 'severity', 'from', 'to', 'date', 'evidence']);
    expect(line.rules).toEqual(expect.arrayContaining(['staff-personal-account']));
    expect(['low', 'medium', 'high', 'critical']).toContain(line.severity);
    expect(line.from).toBe('jane.smith1984@gmail.com');
    expect(line.to).toEqual(['23abrown@pupils.example.sch.uk']);
    expect(new Date(String(line.date)).toISOString()).toBe('2025-01-14T22:40:00.000Z');
    expect(Array.isArray(line.evidence)).toBe(true);
  });

  it('reports the broken message on stderr by position, without its content, and a summary line', () => {
    expect(run.stderr).toContain('sos mail check: not checked: ' + mboxFile + ', message 3 (byte ');
    expect(run.stderr).toContain('broken MIME: multipart without a boundary');
    expect(run.stderr).not.toContain('Alex');
    expect(run.stderr).toMatch(/mail check: 2 messages checked, 1 flagged, 1 could not be read, 0 files skipped/);
  });
});

describe('sos mail check: formats and --out', () => {
  it('--out with .csv writes formula-safe CSV and only a summary on stderr', async () => {
    const out = join(dir, 'out', 'flags.csv');
    const r = await runCli([...base, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`written to ${out}`);
    const csv = readFileSync(out, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('messageId,rules,severity,from,to,date,evidence,school_time,staff,pupils,location');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")@example"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain('(not checked)');
    expect(csv).toContain('Tue 14 Jan 2025 22:40');
  });

  it('--format html writes the review report', async () => {
    const out = join(dir, 'review.html');
    const r = await runCli([...base, '--format', 'html', '--out', out]);
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('Staff–pupil email review');
    expect(page).toContain('Jane Smith');
    expect(page).toContain('jane.smith1984@gmail.com');
    expect(page).toContain('Staff must not contact pupils using a personal email address');
    expect(page).toContain('broken MIME: multipart without a boundary');
    expect(page).toContain('Nothing has been sent, blocked or reported automatically');
    expect(page).toContain('=HYPERLINK(&quot;http://x&quot;)@example');
  });

  it('--format table prints flags, errors and totals for a terminal', async () => {
    const r = await runCli([...base, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SEVERITY\s+SENT \(school time\)\s+STAFF/);
    expect(r.stdout).toContain('Tue 14 Jan 2025 22:40');
    expect(r.stdout).toContain('Messages that could not be checked:');
    expect(r.stdout).toMatch(/Messages flagged:\s+1/);
  });

  it('defaults to table on a terminal and to html for an --out ending in .html', async () => {
    const tty = await runCli(base, { stdoutIsTTY: true });
    expect(tty.stdout).toMatch(/^SEVERITY/);
    const out = join(dir, 'auto.html');
    await runCli([...base, '--out', out]);
    expect(readFileSync(out, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('reads folders of .eml files and skips other files, counting them', async () => {
    const folder = join(dir, 'emls');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.eml'), flagged);
    writeFileSync(join(folder, 'two.eml'), clean);
    writeFileSync(join(folder, 'notes.txt'), 'not mail');
    const r = await runCli(['mail', 'check', folder, '--policy', policyFile, '--directory', directoryFile, '--quiet']);
    expect(r.code).toBe(0);
    expect(jsonl(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/2 messages checked, 1 flagged, 0 could not be read, 1 file skipped/);
  });

  it('prints progress on stderr when not --quiet', async () => {
    let t = 0;
    const r = await runCli(
      base.filter((a) => a !== '--quiet'),
      { now: () => (t += 5000) },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^mail check: \d+ messages, \d+ errors?$/m);
  });
});

describe('sos mail check: usage and input errors (exit 2)', () => {
  it('names a bad --format', async () => {
    const r = await runCli([...base, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format: "xml" is not one of jsonl, table, csv, html');
    expect(r.stdout).toBe('');
  });

  it('requires --policy', async () => {
    const r = await runCli(['mail', 'check', mboxFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--policy');
  });

  it('names the bad field of an invalid profile', async () => {
    const bad = join(dir, 'bad-policy.json');
    writeFileSync(bad, JSON.stringify({ ...profile, mail: { ...profile.mail, staffPupilEmail: 'sometimes' } }));
    const r = await runCli(['mail', 'check', mboxFile, '--policy', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sos mail check: /);
    expect(r.stderr).toContain('staffPupilEmail');
    expect(r.stdout).toBe('');
  });

  it('names a missing source and an unreadable directory', async () => {
    const missing = await runCli(['mail', 'check', join(dir, 'nope.mbox'), '--policy', policyFile]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('source not found');
    const noDir = await runCli(['mail', 'check', mboxFile, '--policy', policyFile, '--directory', join(dir, 'no.csv')]);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain('no.csv');
  });

  it('warns about bad directory rows without quoting them, and goes on', async () => {
    const partial = join(dir, 'partial.csv');
    writeFileSync(partial, directory + 'someone@example.sch.uk,headteacher,Secret Name,\n');
    const r = await runCli(['mail', 'check', mboxFile, '--policy', policyFile, '--directory', partial, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*partial\.csv line 5/);
    expect(r.stderr).not.toContain('Secret Name');
  });
});
