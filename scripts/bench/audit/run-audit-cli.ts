import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readKiB } from '../memory';

export interface AuditCliRun {
  readonly exitCode: number | null;
  readonly wallS: number;
  readonly peakRssMiB: number;
  readonly findings: number;
  readonly summary: string;
}

/** `sos audit google` as a user runs it (the built CLI in its own process), with its peak memory sampled. */
export async function runAuditCli(
  root: string,
  args: readonly string[],
  env: Record<string, string>,
  out: string,
): Promise<AuditCliRun> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['bin/sos.js', 'audit', 'google', ...args, '--out', out, '--quiet'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let peakKiB = 0;
  const timer = setInterval(() => {
    const hwm = readKiB(child.pid!, 'VmHWM') ?? readKiB(child.pid!, 'VmRSS');
    if (hwm !== null) peakKiB = Math.max(peakKiB, hwm);
  }, 100);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  let findings = 0;
  try {
    findings = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    // no output: the exit code and stderr say why
  }
  return {
    exitCode,
    wallS: Number(process.hrtime.bigint() - started) / 1e9,
    peakRssMiB: peakKiB / 1024,
    findings,
    summary: stderr.trim().split('\n').pop() ?? '',
  };
}
