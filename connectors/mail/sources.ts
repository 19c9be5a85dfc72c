import { open, readFile } from 'node:fs/promises';
import { walkFiles } from '../files';
import { formatBytes } from '../files/limits-text';
import { DEFAULT_MAX_MESSAGE_BYTES, readMbox, type MboxOptions } from './mbox';

/** A file given to `sos mail check`, found by walking the SOURCE arguments. */
export interface MailFile {
  readonly path: string;
  /** As reached from the SOURCE given: what reports show. */
  readonly display: string;
  readonly size: number;
  /** Lower-case extension with its dot, or '' for none. */
  readonly ext: string;
  readonly kind: 'mbox' | 'eml' | 'other';
  /** Set when the file or folder could not be read. */
  readonly error?: string;
}

/** One message read from a file, one message or file that could not be, or a file that is not mail. */
export type SourceItem =
  | {
      readonly kind: 'message';
      readonly source: string;
      readonly index: number;
      readonly offset: number;
      readonly raw: Buffer;
      /** The mbox envelope line, whose date stands in for a missing Date header. */
      readonly envelope?: string;
    }
  | {
      readonly kind: 'error';
      readonly source: string;
      /** Absent when the whole file could not be read. */
      readonly index?: number;
      readonly offset?: number;
      readonly error: string;
    }
  | { readonly kind: 'skipped'; readonly source: string; readonly ext: string };

const MBOX_EXTENSIONS = new Set(['.mbox', '.mbx', '.mbs']);

/**
 * The files under the SOURCE paths. In folders only .mbox and .eml files are mail; a file named on the
 * command line is read whatever its name (an export saved as "All mail.txt"), as mbox when it starts
 * with a "From " line and as one message otherwise.
 */
export async function listMailFiles(paths: readonly string[]): Promise<MailFile[]> {
  const given = new Set(paths);
  const files: MailFile[] = [];
  for await (const w of walkFiles(paths)) {
    const base = { path: w.path, display: w.display, size: w.size, ext: w.ext };
    if (w.error !== undefined) {
      files.push({ ...base, kind: 'other', error: w.error });
      continue;
    }
    let kind: MailFile['kind'] = MBOX_EXTENSIONS.has(w.ext) ? 'mbox' : w.ext === '.eml' ? 'eml' : 'other';
    if (kind === 'other' && given.has(w.path)) kind = (await startsWithFromLine(w.path)) ? 'mbox' : 'eml';
    files.push({ ...base, kind });
  }
  return files;
}

/** Every message of the files, in order, one at a time. */
export async function* readMailFiles(files: readonly MailFile[], options: MboxOptions = {}): AsyncIterable<SourceItem> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  for (const f of files) {
    if (f.error !== undefined) {
      yield { kind: 'error', source: f.display, error: f.error };
    } else if (f.kind === 'other') {
      yield { kind: 'skipped', source: f.display, ext: f.ext };
    } else if (f.kind === 'eml') {
      if (f.size > max) {
        yield { kind: 'error', source: f.display, error: `message larger than ${formatBytes(max)}; skipped` };
        continue;
      }
      try {
        yield { kind: 'message', source: f.display, index: 1, offset: 0, raw: await readFile(f.path) };
      } catch (e) {
        yield { kind: 'error', source: f.display, error: fileReason(e) };
      }
    } else {
      try {
        for await (const item of readMbox(f.path, options)) {
          yield 'error' in item
            ? { kind: 'error', source: f.display, ...item }
            : { kind: 'message', source: f.display, ...item };
        }
      } catch (e) {
        yield { kind: 'error', source: f.display, error: fileReason(e) };
      }
    }
  }
}

async function startsWithFromLine(path: string): Promise<boolean> {
  try {
    const fh = await open(path, 'r');
    try {
      const head = Buffer.alloc(5);
      const { bytesRead } = await fh.read(head, 0, 5, 0);
      return bytesRead === 5 && head.toString('latin1') === 'From ';
    } finally {
      await fh.close();
    }
  } catch {
    return false; // reported when it is read
  }
}

/** A file that cannot be read, by system error code: never a message that could quote the file. */
function fileReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'the file disappeared during the check';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EIO') return 'input/output error reading the disk';
  return typeof code === 'string' ? `cannot be read (${code})` : 'cannot be read';
}
