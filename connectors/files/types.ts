/** Limits that keep extraction bounded in time and memory whatever the input. */
export interface ExtractLimits {
  /** Files larger than this on disk are reported, not read. */
  readonly maxFileBytes: number;
  /**
   * Extracted text beyond this many characters is not scanned. Text reaches the scanner in segments, so
   * memory does not grow with it; the default is high enough that the size cap and the zip limits, not
   * this, decide what is read, and no part of a file within them is silently skipped.
   */
  readonly maxTextChars: number;
  /** Zip containers (docx, xlsx, pptx, odt, ods, odp): */
  readonly maxZipEntries: number;
  readonly maxZipRatio: number;
  readonly maxZipExpandedBytes: number;
  /** A parser that runs longer than this (PDF) is stopped and the file reported. */
  readonly timeoutMs: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxTextChars: 1_000_000_000,
  maxZipEntries: 10_000,
  maxZipRatio: 200,
  maxZipExpandedBytes: 512 * 1024 * 1024,
  timeoutMs: 60_000,
};

/** A file that cannot be read: the scan reports `reason` (never file contents) and goes on. */
export class ExtractionError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ExtractionError';
  }
}
