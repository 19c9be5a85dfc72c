import cliProgress from 'cli-progress';
import type { OutputStream } from './io';

/**
 * Progress of a long job on stderr, so stdout stays clean for jsonl. On a terminal: a bar with ETA;
 * otherwise (CI logs, cron mail, a pipe) a plain line at most every couple of seconds, and a last one
 * to close the series; a job done before the first line is due prints nothing, so its summary stands alone.
 * Shared by `scan` and the audits.
 */
export interface ProgressReporter {
  /** One item done: its size in bytes (if the job is weighed in bytes) and whether it failed. */
  advance(step?: { bytes?: number; failed?: boolean }): void;
  /** Stops the bar or prints the final line. Safe to call twice. */
  finish(): void;
}

export interface ProgressOptions {
  /** Prefix of every line, e.g. "scan". */
  readonly label: string;
  /** What the items are, e.g. "files". */
  readonly noun: string;
  readonly totalItems?: number;
  /** When known, the bar and its ETA follow bytes: one huge PDF takes longer than many small notes. */
  readonly totalBytes?: number;
  readonly stream: OutputStream;
  readonly isTTY: boolean;
  readonly now?: () => number;
  /** Plain mode: minimum time between lines. */
  readonly intervalMs?: number;
}

export const silentProgress: ProgressReporter = { advance: () => undefined, finish: () => undefined };

interface Tally {
  items: number;
  bytes: number;
  errors: number;
}

export function createProgress(options: ProgressOptions): ProgressReporter {
  return options.isTTY ? barProgress(options) : lineProgress(options);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `scan: 1200/5000 files (24%), 3 errors` — the line printed in plain mode. */
export function progressLine(options: Pick<ProgressOptions, 'label' | 'noun' | 'totalItems'>, tally: Tally): string {
  const { label, noun, totalItems } = options;
  const done =
    totalItems !== undefined
      ? `${tally.items}/${totalItems} ${noun} (${totalItems === 0 ? 100 : Math.floor((tally.items / totalItems) * 100)}%)`
      : `${tally.items} ${noun}`;
  return `${label}: ${done}, ${plural(tally.errors, 'error')}\n`;
}

function lineProgress(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 2000;
  const tally: Tally = { items: 0, bytes: 0, errors: 0 };
  let last = now();
  let printed = false;
  let finished = false;
  return {
    advance(step) {
      tally.items += 1;
      tally.bytes += step?.bytes ?? 0;
      if (step?.failed) tally.errors += 1;
      const t = now();
      if (t - last >= interval) {
        last = t;
        printed = true;
        options.stream.write(progressLine(options, tally));
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      if (printed) options.stream.write(progressLine(options, tally));
    },
  };
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

function barProgress(options: ProgressOptions): ProgressReporter {
  const byBytes = options.totalBytes !== undefined && options.totalBytes > 0;
  const total = byBytes ? options.totalBytes! : Math.max(1, options.totalItems ?? 0);
  const tally: Tally = { items: 0, bytes: 0, errors: 0 };
  const payload = () => ({
    items: options.totalItems !== undefined ? `${tally.items}/${options.totalItems}` : `${tally.items}`,
    bytes: byBytes ? ` | ${formatBytes(tally.bytes)}/${formatBytes(total)}` : '',
    errors: plural(tally.errors, 'error'),
  });
  const bar = new cliProgress.SingleBar(
    {
      // cli-progress only needs write/cursor calls; the stream is the real process stderr whenever isTTY is true.
      stream: options.stream as unknown as NodeJS.WritableStream,
      format: `${options.label} [{bar}] {percentage}% | {items} ${options.noun}{bytes} | {errors} | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, payload());
  let finished = false;
  return {
    advance(step) {
      tally.items += 1;
      tally.bytes += step?.bytes ?? 0;
      if (step?.failed) tally.errors += 1;
      bar.update(byBytes ? Math.min(tally.bytes, total) : tally.items, payload());
    },
    finish() {
      if (finished) return;
      finished = true;
      bar.update(total, payload());
      bar.stop();
    },
  };
}
