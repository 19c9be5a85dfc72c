import { isAbsolute, resolve } from 'node:path';

/**
 * Where a command reads and writes. `main` takes one so tests run commands in-process and capture
 * everything; the real one wraps the process streams.
 */

export interface OutputStream {
  write(chunk: string): boolean | void;
  /** Present on real streams: lets long outputs wait instead of buffering without bound. */
  once?(event: 'drain', listener: () => void): unknown;
}

export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Relative PATH arguments are resolved against this folder. */
  readonly cwd: string;
  /** Milliseconds clock for progress throttling; injectable so tests never depend on real time. */
  readonly now?: () => number;
}

export function processIo(): Io {
  // `sos scan . | head` closes the pipe early: that is the reader's choice, not a crash to report.
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') === 0) stream.on('error', (err: NodeJS.ErrnoException) => ignoreEpipe(err));
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}

/** Writes and, when the stream asks for it, waits for it to drain (large jsonl output to a pipe). */
export async function writeTo(stream: OutputStream, text: string): Promise<void> {
  if (text === '') return;
  const ok = stream.write(text);
  if (ok === false && stream.once) await new Promise<void>((resolve) => stream.once!('drain', resolve));
}

/**
 * A PATH argument as the connectors should get it: unchanged when the working folder is the process's
 * (so reported paths look as the user typed them), otherwise resolved against `io.cwd`.
 */
export function inputPath(io: Io, p: string): string {
  return isAbsolute(p) || io.cwd === process.cwd() ? p : resolve(io.cwd, p);
}

function ignoreEpipe(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') throw err;
}
