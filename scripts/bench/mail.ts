/**
 * The mail benchmark: how many messages per second `sos mail check` gets through on one core (read from
 * an .mbox, parsed, every rule run), and the built command's peak memory on a 1 GB export.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMbox, toMessage } from '../../connectors/mail';
import { buildSampleSchool } from '../../connectors/sample-school/generate';
import { createMailChecker } from '../../core/mail';
import { createPeople, parseDirectory } from '../../core/people';
import { parseProfile } from '../../core/policy';

export interface MailThroughput {
  readonly messages: number;
  readonly bytes: number;
  readonly flagged: number;
  readonly runs: number;
  /** Medians over the runs. */
  readonly cpuS: number;
  readonly wallS: number;
  readonly perCpuS: number;
  readonly perWallS: number;
}

export interface MailMemory {
  readonly command: string;
  readonly exitCode: number | null;
  readonly bytes: number;
  readonly messages: number;
  readonly wallS: number;
  readonly peakRssMiB: number;
  readonly summary: string;
}

/** The sample school's profile and directory, as files for the CLI and parsed for the in-process run. */
export function sampleSchoolPolicy(dir: string) {
  const school = buildSampleSchool();
  const text = (name: string) => school.files.find((f) => f.file === name)!.data.toString('utf8');
  const policyPath = join(dir, 'school-profile.json');
  const directoryPath = join(dir, 'directory.csv');
  writeFileSync(policyPath, text('school-profile.json'));
  writeFileSync(directoryPath, text('directory.csv'));
  const parsed = parseProfile(JSON.parse(text('school-profile.json')));
  if (!parsed.ok) throw new Error('the sample profile does not parse');
  const people = createPeople(parsed.profile, parseDirectory(text('directory.csv')).entries);
  return { policyPath, directoryPath, profile: parsed.profile, people };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Read, parse and check every message of the mbox, `runs` times after a warm-up; all rules on. */
export async function measureMailThroughput(
  mbox: string,
  bytes: number,
  policy: ReturnType<typeof sampleSchoolPolicy>,
  runs: number,
  log: (line: string) => void,
): Promise<MailThroughput> {
  const checker = createMailChecker(policy.profile, policy.people);
  const once = async () => {
    let messages = 0;
    let flagged = 0;
    for await (const item of readMbox(mbox)) {
      if ('error' in item) continue;
      const msg = await toMessage(item.raw, item.envelope !== undefined ? { envelope: item.envelope } : {});
      if (checker.check(msg)) flagged += 1;
      messages += 1;
    }
    return { messages, flagged };
  };
  await once(); // warm-up: compile, fill the checker's caches
  const cpu: number[] = [];
  const wall: number[] = [];
  let counts = { messages: 0, flagged: 0 };
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    counts = await once();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    wall.push(Number(process.hrtime.bigint() - w0) / 1e9);
    log(`  run ${r + 1}: ${(counts.messages / cpu.at(-1)!).toFixed(0)} messages/s (CPU time)`);
  }
  const cpuS = median(cpu);
  const wallS = median(wall);
  return {
    ...counts,
    bytes,
    runs,
    cpuS,
    wallS,
    perCpuS: counts.messages / cpuS,
    perWallS: counts.messages / wallS,
  };
}

function peakKiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+) kB/m.exec(status) ?? /^VmRSS:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) : null;
  } catch {
    return null; // the process has gone
  }
}

/** The built `sos mail check` on the big export, as a child process; peak memory from /proc. */
export async function runCliMailCheck(
  root: string,
  mbox: { path: string; bytes: number; messages: number },
  policy: { policyPath: string; directoryPath: string },
): Promise<MailMemory> {
  const tmp = mkdtempSync(join(tmpdir(), 'sos-bench-mail-'));
  const out = join(tmp, 'flags.jsonl');
  const args = [
    'bin/sos.js',
    'mail',
    'check',
    mbox.path,
    '--policy',
    policy.policyPath,
    '--directory',
    policy.directoryPath,
    '--format',
    'jsonl',
    '--out',
    out,
    '--quiet',
  ];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let peak = 0;
  const timer = setInterval(() => {
    const kib = peakKiB(child.pid!);
    if (kib !== null) peak = Math.max(peak, kib);
  }, 100);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(tmp, { recursive: true, force: true });
  const hide = (s: string) =>
    s
      .replace(mbox.path, '<mbox>')
      .replace(policy.policyPath, '<policy>')
      .replace(policy.directoryPath, '<directory>')
      .replace(out, '<tmp>/flags.jsonl');
  return {
    command: `node ${hide(args.join(' '))}`,
    exitCode,
    bytes: mbox.bytes,
    messages: mbox.messages,
    wallS,
    peakRssMiB: peak / 1024,
    summary: hide(stderr.trim().split('\n').pop() ?? ''),
  };
}
