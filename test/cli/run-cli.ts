import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../cli/io';
import { main } from '../../cli/sos';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sos ...` in-process with captured streams, as a pipe would see it unless told otherwise. */
export async function runCli(args: string[], overrides: Partial<Io> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: process.cwd(),
    ...overrides,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sos-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
