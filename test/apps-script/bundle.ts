/**
 * Builds the Apps Script project once per test file, into a temporary folder (so tests never fight
 * over dist/), with the real build script run as `npm run build` runs it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readProject, type BuiltProject } from '../fakes';

const ROOT = path.resolve(__dirname, '../..');

export function buildProject(env: Record<string, string> = {}): { dir: string; project: BuiltProject } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sos-apps-script-'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-apps-script.mjs'), '--out', dir], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, SOS_POLICY: '', ...env },
  });
  return { dir, project: readProject(dir) };
}
