import { extractText, releaseExtractors, walkFiles, type WalkedFile } from '../../connectors/files';
import { DEFAULT_LIMITS, ExtractionError, type ExtractLimits } from '../../connectors/files/types';
import { createFileScanner } from '../../core/sensitive/scanner';
import { confidenceRank, SENSITIVE_TYPES, type Confidence, type Finding } from '../../core/sensitive/types';

/** What one supported file gave: findings at or above the minimum confidence, or why it was not read. */
export type FileOutcome =
  { readonly file: string; readonly findings: readonly Finding[] } | { readonly file: string; readonly error: string };

export interface ScanRunOptions {
  /** As given on the command line, or absolute. */
  readonly paths: readonly string[];
  readonly minConfidence: Confidence;
  readonly maxFileBytes: number;
  /** Walk everything before reading anything, so progress knows the totals. */
  readonly countFirst: boolean;
}

export interface ScanListener {
  /** After the walk (countFirst only): supported files and their total size. */
  planned?(totals: { files: number; bytes: number }): void;
  /** A file with findings, or an error. Files with nothing to report do not come here. */
  outcome(outcome: FileOutcome): Promise<void>;
  /** Every supported file (and every walk error), once it is done. */
  done?(step: { bytes: number; failed: boolean }): void;
}

export interface ScanTally {
  filesScanned: number;
  filesWithFindings: number;
  errors: number;
  skipped: number;
  skippedByExtension: Record<string, number>;
}

const TYPE_ORDER = new Map(SENSITIVE_TYPES.map((t, i) => [t, i]));

export async function runScan(options: ScanRunOptions, listener: ScanListener): Promise<ScanTally> {
  const tally: ScanTally = { filesScanned: 0, filesWithFindings: 0, errors: 0, skipped: 0, skippedByExtension: {} };
  let files: AsyncIterable<WalkedFile> | WalkedFile[] = walkFiles(options.paths);
  if (options.countFirst) {
    const all: WalkedFile[] = [];
    for await (const f of files) all.push(f);
    const todo = all.filter((f) => f.supported && !f.error);
    listener.planned?.({ files: todo.length, bytes: todo.reduce((s, f) => s + f.size, 0) });
    files = all;
  }
  const limits = { ...DEFAULT_LIMITS, maxFileBytes: options.maxFileBytes };
  try {
    await scanAll(files, limits, options, listener, tally);
  } finally {
    // The PDF reader is kept between files; once the scan is over it must not hold the process open.
    await releaseExtractors();
  }
  return tally;
}

async function scanAll(
  files: AsyncIterable<WalkedFile> | WalkedFile[],
  limits: ExtractLimits,
  options: ScanRunOptions,
  listener: ScanListener,
  tally: ScanTally,
): Promise<void> {
  for await (const walked of files) {
    if (walked.error !== undefined) {
      tally.errors += 1;
      await listener.outcome({ file: walked.display, error: walked.error });
      listener.done?.({ bytes: walked.size, failed: true });
      continue;
    }
    if (!walked.supported) {
      tally.skipped += 1;
      tally.skippedByExtension[walked.ext] = (tally.skippedByExtension[walked.ext] ?? 0) + 1;
      continue;
    }
    tally.filesScanned += 1;
    const outcome = await scanFile(walked, limits, options.minConfidence);
    if ('error' in outcome) tally.errors += 1;
    else if (outcome.findings.length > 0) tally.filesWithFindings += 1;
    if ('error' in outcome || outcome.findings.length > 0) await listener.outcome(outcome);
    listener.done?.({ bytes: walked.size, failed: 'error' in outcome });
  }
}

async function scanFile(
  walked: WalkedFile,
  limits: typeof DEFAULT_LIMITS,
  minConfidence: Confidence,
): Promise<FileOutcome> {
  if (walked.size > limits.maxFileBytes) {
    return {
      file: walked.display,
      error: `larger than the size limit of ${limits.maxFileBytes / 1048576} MB (--max-file-mb)`,
    };
  }
  const scanner = createFileScanner();
  try {
    for await (const segment of extractText(walked.path, limits)) scanner.add(segment);
  } catch (err) {
    return { file: walked.display, error: readFailure(err) };
  }
  const min = confidenceRank[minConfidence];
  const findings: Finding[] = scanner
    .findings()
    .filter((f) => confidenceRank[f.confidence] >= min)
    .sort((a, b) => (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0));
  return { file: walked.display, findings };
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'the file disappeared during the scan',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EBUSY: 'the file is locked by another program',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error reading the disk',
  EMFILE: 'too many open files',
};

/**
 * The reason printed for an unreadable file. Only our own ExtractionError reasons and system error
 * codes are shown: another error's message could quote the text being parsed.
 */
export function readFailure(err: unknown): string {
  if (err instanceof ExtractionError) return err.reason;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return SYSTEM_REASONS[code] ?? `cannot be read (${code})`;
  const name = err instanceof Error ? err.name : typeof err;
  return `cannot be read (unexpected ${name})`;
}
