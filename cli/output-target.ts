import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { writeTo, type Io } from './io';
import { UsageError } from './usage-error';

/** Where a command's main output goes: stdout, or the `--out FILE` (its folders created). */
export interface OutputTarget {
  readonly toFile: boolean;
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens `--out` before any work, so a path that cannot be written fails at once (exit 2)
 * rather than after an hour of scanning.
 */
export async function openOutput(io: Io, out: string | undefined): Promise<OutputTarget> {
  if (out === undefined) {
    return { toFile: false, write: (text) => writeTo(io.stdout, text), close: async () => undefined };
  }
  const file = resolve(io.cwd, out);
  let stream: WriteStream;
  try {
    await mkdir(dirname(file), { recursive: true });
    stream = createWriteStream(file);
    await new Promise<void>((ok, fail) => {
      stream.once('open', () => ok());
      stream.once('error', fail);
    });
  } catch (err) {
    throw new UsageError(`--out: cannot write "${out}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let failure: Error | undefined;
  stream.on('error', (err) => (failure = err));
  return {
    toFile: true,
    async write(text) {
      if (failure) throw failure;
      if (stream.write(text)) return;
      // A full disk surfaces as 'error' with no 'drain': wait for whichever comes first.
      await new Promise<void>((ok, fail) => {
        const onError = (err: Error) => fail(err);
        stream.once('error', onError);
        stream.once('drain', () => {
          stream.off('error', onError);
          ok();
        });
      });
    },
    close: () =>
      new Promise<void>((ok, fail) => {
        if (failure) return fail(failure);
        // end()'s callback gets the write error, if any (ENOSPC surfaces here for small outputs).
        stream.end((err?: Error | null) => ((err ?? failure) ? fail(err ?? failure) : ok()));
      }),
  };
}
