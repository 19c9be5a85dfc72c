/** The built `sos scan` run on the big folder as a child process, its peak memory read from /proc. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  readonly command: string;
  readonly exitCode: number | null;
  readonly wallS: number;
  /** Highest resident set size seen (VmHWM), in MiB. */
  readonly peakRssMiB: number;
  /** Output lines: one per (file, type) found, or per unreadable file. */
  readonly findingLines: number;
  readonly errorLines: number;
  /** The command's own one-line summary (counts only). */
  readonly summary: string;
}

export function readKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null; // the process has gone
  }
}

export async function runCliScan(root: string, dir: string): Promise<CliRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'sos-bench-'));
  const out = join(tmp, 'f.jsonl');
  const args = ['bin/sos.js', 'scan', dir, '--format', 'jsonl', '--out', out, '--quiet', '--max-file-mb', '300'];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let peakKiB = 0;
  const sample = () => {
    const hwm = readKiB(child.pid!, 'VmHWM') ?? readKiB(child.pid!, 'VmRSS');
    if (hwm !== null) peakKiB = Math.max(peakKiB, hwm);
  };
  const timer = setInterval(sample, 100);
  // VmHWM only grows, so the last sample holds the peak but for the final 100 ms of the run.
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  let findingLines = 0;
  let errorLines = 0;
  try {
    for (const line of readFileSync(out, 'utf8').split('\n')) {
      if (!line) continue;
      if (line.includes('"error"')) errorLines++;
      else findingLines++;
    }
  } catch {
    // no output: the exit code says why
  }
  rmSync(tmp, { recursive: true, force: true });
  return {
    command: `node ${args.join(' ').replace(dir, '<folder>').replace(out, '<tmp>/f.jsonl')}`,
    exitCode,
    wallS,
    peakRssMiB: peakKiB / 1024,
    findingLines,
    errorLines,
    summary: (stderr.trim().split('\n').pop() ?? '').replace(out, '<tmp>/f.jsonl'),
  };
}
