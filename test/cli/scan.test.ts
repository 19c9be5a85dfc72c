import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, type CliRun } from './run-cli';

// Valid test identifiers (check letter / mod 11): they must never appear whole in any output.
const UPN = 'B801200005001';
const NHS = '943 476 5919';
const RAW = [UPN, NHS, NHS.replace(/ /g, '')];

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function freshDir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

/** The standard fixture: 4 supported files (one unreadable, one without findings), 2 unsupported. */
function fixture(): string {
  const dir = freshDir();
  writeFileSync(join(dir, 'pupils.csv'), `Name,UPN,NHS number\nAlex Brown,${UPN},${NHS}\n`);
  writeFileSync(join(dir, 'empty.txt'), 'Nothing to see here: the school trip leaves at nine.\n');
  // A .docx that is not a zip at all: unreadable, and the scan must go on past it.
  writeFileSync(join(dir, 'corrupt.docx'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)));
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'setup.exe'), 'MZ');
  mkdirSync(join(dir, 'sub', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'sub', 'deep', 'letter.txt'), `Dear parent, your child's UPN is ${UPN}.\n`);
  return dir;
}

// Read-only for every test: tests that add files make their own fixture.
const dir = fixture();

function assertNoRawIdentifier(...texts: string[]): void {
  for (const text of texts) for (const raw of RAW) expect(text).not.toContain(raw);
}

function jsonl(r: CliRun): Record<string, unknown>[] {
  return r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('sos scan --format jsonl', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli(['scan', dir, '--quiet']); // stdout is not a TTY: jsonl by default
  });

  it('completes with exit 0', () => {
    expect(run.code).toBe(0);
  });

  it('prints one object per (file, type) with exactly the contract fields, in order', () => {
    const findings = jsonl(run).filter((o) => !('error' in o));
    expect(findings.length).toBeGreaterThan(0);
    for (const o of findings) {
      expect(Object.keys(o)).toEqual(['file', 'type', 'confidence', 'count', 'examples']);
      expect(['low', 'medium', 'high']).toContain(o.confidence);
      expect(Number.isInteger(o.count)).toBe(true);
      expect(Array.isArray(o.examples)).toBe(true);
    }
    const pupils = findings.filter((o) => String(o.file).endsWith('pupils.csv')).map((o) => o.type);
    expect(pupils).toEqual(expect.arrayContaining(['upn', 'nhs_number']));
    expect(findings.some((o) => String(o.file).endsWith(join('sub', 'deep', 'letter.txt')) && o.type === 'upn')).toBe(
      true,
    );
  });

  it('gives the unreadable file an error line with a reason, and goes on', () => {
    const errors = jsonl(run).filter((o) => 'error' in o);
    expect(errors).toHaveLength(1);
    expect(Object.keys(errors[0]!)).toEqual(['file', 'error']);
    expect(String(errors[0]!.file)).toMatch(/corrupt\.docx$/);
    expect(String(errors[0]!.error).length).toBeGreaterThan(0);
  });

  it('reports files as reached from the PATH given', () => {
    for (const o of jsonl(run)) expect(String(o.file).startsWith(dir)).toBe(true);
  });

  it('counts unsupported files as skipped, in the summary on stderr', () => {
    expect(run.stderr).toMatch(/4 files scanned, 2 with findings, 1 error, 2 skipped/);
    expect(jsonl(run).some((o) => /photo\.png|setup\.exe/.test(String(o.file)))).toBe(false);
  });

  it('never prints a whole identifier', () => {
    assertNoRawIdentifier(run.stdout, run.stderr);
  });
});

describe('sos scan usage errors (exit 2)', () => {
  it('names a bad --format value and the allowed ones', async () => {
    const r = await runCli(['scan', dir, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format: "xml" is not one of jsonl, table, csv, html');
    expect(r.stdout).toBe('');
  });

  it('names a bad --min-confidence value', async () => {
    const r = await runCli(['scan', dir, '--min-confidence', 'certain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-confidence: "certain" is not one of low, medium, high');
  });

  it('names a bad --max-file-mb value', async () => {
    const r = await runCli(['scan', dir, '--max-file-mb', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-file-mb: "lots" is not a positive number');
  });

  it('names a missing path, before scanning anything', async () => {
    const missing = join(dir, 'no-such-folder');
    const r = await runCli(['scan', dir, missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`path not found: "${missing}"`);
    expect(r.stdout).toBe('');
  });

  it('requires at least one path', async () => {
    const r = await runCli(['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'paths'/);
  });

  it('resolves relative paths against the working folder', async () => {
    const r = await runCli(['scan', 'pupils.csv', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonl(r).map((o) => o.type)).toEqual(expect.arrayContaining(['upn', 'nhs_number']));
  });
});

describe('sos scan --out', () => {
  it('writes the output to the file, creating folders, and only the summary to stderr', async () => {
    const out = join(freshDir(), 'reports', '2025', 'scan.jsonl');
    const r = await runCli(['scan', join(dir, 'pupils.csv'), '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^scan: 1 file scanned, 1 with findings/);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(
      expect.arrayContaining(['upn', 'nhs_number']),
    );
  });

  it('picks the format from an .html extension when --format is not given', async () => {
    const out = join(freshDir(), 'reports', 'scan.html');
    const r = await runCli(['scan', join(dir, 'pupils.csv'), '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('fails with exit 2 when the output cannot be created', async () => {
    const blocker = join(freshDir(), 'a-file');
    writeFileSync(blocker, 'x');
    const r = await runCli(['scan', dir, '--out', join(blocker, 'scan.jsonl'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out: cannot write/);
    expect(existsSync(join(blocker, 'scan.jsonl'))).toBe(false);
  });
});

describe('sos scan --format csv', () => {
  let run: CliRun;
  let csvDir: string;
  beforeAll(async () => {
    csvDir = fixture();
    writeFileSync(join(csvDir, 'class, year 7 "B".txt'), `UPN ${UPN}\n`);
    run = await runCli(['scan', csvDir, '--format', 'csv', '--quiet']);
  });

  it('has the header and one CRLF row per (file, type)', () => {
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('file,type,confidence,count,examples');
    expect(lines.filter((l) => /,upn,/.test(l)).length).toBeGreaterThanOrEqual(2);
  });

  it('quotes a file name holding a comma and quotes (RFC 4180)', () => {
    expect(run.stdout).toContain(`"${join(csvDir, 'class, year 7 ""B"".txt')}",upn,`);
  });

  it('lists the unreadable file as a row with its reason', () => {
    expect(run.stdout).toMatch(/corrupt\.docx,\(read error\),,,\S/);
  });

  it('never prints a whole identifier', () => {
    assertNoRawIdentifier(run.stdout, run.stderr);
  });
});

describe('sos scan --format table', () => {
  it('is the default on a terminal: aligned columns and a summary', async () => {
    const r = await runCli(['scan', dir, '--quiet'], { stdoutIsTTY: true });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.find((l) => l.startsWith('FILE'))!;
    expect(header).toMatch(/^FILE\s+TYPE\s+CONFIDENCE\s+COUNT\s+EXAMPLES/);
    // Columns line up: every finding row has its TYPE column where the header has it.
    const typeCol = header.indexOf('TYPE');
    const upnRows = lines.filter((l) => l.includes('Unique Pupil Number'));
    expect(upnRows.length).toBeGreaterThan(0);
    for (const row of upnRows) expect(row.indexOf('Unique Pupil Number')).toBe(typeCol);
    expect(r.stdout).toMatch(/Files scanned:\s+\d+/);
    expect(r.stdout).toMatch(/Skipped \(unsupported\):\s+2/);
    expect(r.stdout).toMatch(/corrupt\.docx/);
    assertNoRawIdentifier(r.stdout, r.stderr);
  });
});

describe('sos scan --format html', () => {
  let run: CliRun;
  let evil: string;
  beforeAll(async () => {
    evil = freshDir();
    writeFileSync(join(evil, '<img src=x onerror=alert(1)>.txt'), `UPN: ${UPN}\n`);
    writeFileSync(join(evil, 'pupils.csv'), `Name,UPN,NHS number\nAlex Brown,${UPN},${NHS}\n`);
    writeFileSync(join(evil, 'broken.docx'), 'not a zip');
    run = await runCli(['scan', evil, '--format', 'html', '--quiet']);
  });

  it('is a self-contained page with the svg chart and no script or remote resource', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('<svg');
    expect(run.stdout).not.toMatch(/<script/i);
    expect(run.stdout).not.toMatch(/(src|href)="https?:/i);
    expect(run.stdout.trim().endsWith('</html>')).toBe(true);
  });

  it('escapes file names', () => {
    expect(run.stdout).not.toContain('<img');
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });

  it('lists the read error and never a whole identifier', () => {
    expect(run.stdout).toContain('broken.docx');
    assertNoRawIdentifier(run.stdout, run.stderr);
  });
});

describe('sos scan --min-confidence', () => {
  it('keeps exactly the findings at or above the level (medium by default)', async () => {
    const mixed = fixture();
    // A school's own office address and an unlabelled number are weak signals, a labelled UPN a strong one.
    writeFileSync(join(mixed, 'office.txt'), 'Contact office@example.sch.uk or ring 0113 496 0000.\n');
    const scanAt = async (...flags: string[]) =>
      jsonl(await runCli(['scan', mixed, '--quiet', ...flags])).filter((o) => !('error' in o));
    const low = await scanAt('--min-confidence', 'low');
    const medium = await scanAt();
    const high = await scanAt('--min-confidence', 'high');
    expect(low.some((o) => o.confidence === 'low')).toBe(true);
    expect(high.every((o) => o.confidence === 'high')).toBe(true);
    expect(high).toEqual(low.filter((o) => o.confidence === 'high'));
    expect(medium).toEqual(low.filter((o) => o.confidence !== 'low'));
  });
});

describe('sos scan --max-file-mb', () => {
  it('reports files over the limit as errors without reading them', async () => {
    const r = await runCli(['scan', join(dir, 'pupils.csv'), '--max-file-mb', '0.00001', '--quiet']);
    expect(r.code).toBe(0);
    const lines = jsonl(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({ file: join(dir, 'pupils.csv'), error: expect.stringMatching(/size limit/) });
  });
});

describe('sos scan progress', () => {
  it('prints plain progress lines on a non-terminal stderr as time passes, and a final one', async () => {
    let t = 0;
    const r = await runCli(['scan', dir], { now: () => (t += 1000) });
    const lines = r.stderr.split('\n').filter((l) => /files \(\d+%\)/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.at(-1)).toBe('scan: 4/4 files (100%), 1 error');
  });

  it('prints none with --quiet', async () => {
    let t = 0;
    const r = await runCli(['scan', dir, '--quiet'], { now: () => (t += 1000) });
    expect(r.stderr).not.toMatch(/files \(\d+%\)/);
  });
});

describe('sos scan fatal errors', () => {
  const devFull = existsSync('/dev/full') ? it : it.skip;
  devFull('exits 1 when the output cannot be written (disk full)', async () => {
    const r = await runCli(['scan', dir, '--out', '/dev/full', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sos scan: fatal error: .*ENOSPC/m);
  });
});
