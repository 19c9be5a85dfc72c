import type { ScanFormatter } from './formatter';
import type { FileOutcome } from './run-scan';

/** CONTRACTS §3: one object per (file, type), keys exactly in this order; or `{file, error}`. */
export function jsonlLines(outcome: FileOutcome): string {
  if ('error' in outcome) return JSON.stringify({ file: outcome.file, error: outcome.error }) + '\n';
  return outcome.findings
    .map(
      (f) =>
        JSON.stringify({
          file: outcome.file,
          type: f.type,
          confidence: f.confidence,
          count: f.count,
          examples: [...f.examples],
        }) + '\n',
    )
    .join('');
}

export const jsonlFormatter: ScanFormatter = {
  start: () => '',
  outcome: jsonlLines,
  end: () => '',
};
