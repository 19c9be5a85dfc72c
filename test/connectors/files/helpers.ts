import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractText, ExtractionError, type ExtractLimits } from '../../../connectors/files';

/** A scratch folder removed after the test file. */
export function scratchDir(): {
  dir: string;
  file: (name: string, data: Buffer | string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sos-files-'));
  return {
    dir,
    file: (name, data) => {
      const p = path.join(dir, name);
      writeFileSync(p, data);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function segmentsOf(file: string, limits?: ExtractLimits): Promise<string[]> {
  const out: string[] = [];
  for await (const s of extractText(file, limits)) out.push(s);
  return out;
}

export async function textOf(file: string, limits?: ExtractLimits): Promise<string> {
  return (await segmentsOf(file, limits)).join('');
}

/** The ExtractionError reason extraction ends with; fails the test if it succeeds or throws anything else. */
export async function reasonOf(file: string, limits?: ExtractLimits): Promise<string> {
  try {
    await segmentsOf(file, limits);
  } catch (e) {
    if (e instanceof ExtractionError) return e.reason;
    throw e;
  }
  throw new Error(`expected ${path.basename(file)} to fail`);
}

export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}
