/**
 * Reads the people directory named by `--directory FILE`. Spreadsheets save CSV in more than one
 * encoding: "CSV UTF-8" (with a byte-order mark), plain "CSV" (Windows-1252 on a UK PC) and
 * "Unicode text" (UTF-16), so the bytes are decoded by what they are before core parses them.
 */
import { promises as fs } from 'node:fs';
import { formatDirectoryErrors, parseDirectory, type DirectoryResult } from '../../core/people';

/** A directory that cannot be used at all (unreadable, or no usable header); the command exits with 2. */
export class DirectoryFileError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'DirectoryFileError';
  }
}

export interface LoadedDirectory extends DirectoryResult {
  /** The row errors formatted one per line (`directory.csv line 14: ...`), empty when there are none. */
  readonly report: string;
}

/** Bad rows are reported in `errors`/`report` and left out; the good rows are returned. */
export async function loadDirectory(file: string): Promise<LoadedDirectory> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? 'unknown error');
    throw new DirectoryFileError(`${file}: cannot read the file (${reason})`);
  }
  const result = parseDirectory(decodeText(bytes));
  const report = formatDirectoryErrors(result.errors, file);
  if (result.entries.length === 0 && result.errors.length > 0) throw new DirectoryFileError(report);
  return { ...result, report };
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // ignoreBOM keeps a UTF-8 byte-order mark in the text, where the CSV parser expects and drops it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
