import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatSeconds } from '../limits-text';
import type { Source } from '../source';
import { tabTablesInText } from '../text/plain';
import { ExtractionError, type ExtractLimits } from '../types';

type WorkerMessage = { type: 'page'; text: string } | { type: 'done' } | { type: 'error'; reason: string };

/**
 * .pdf: pdf.js in a worker thread with a memory ceiling; the worker's busy time counts against the
 * timeout (not the time the scanner spends on the text), and a worker past either limit is terminated.
 */
export async function* extractPdf(src: Source, limits: ExtractLimits): AsyncIterable<string> {
  const worker = new Worker(workerPath(), {
    workerData: src.kind === 'file' ? { path: src.path } : { data: src.data },
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    // pdf.js warns on the console (missing canvas, odd fonts); none of that is ours to print.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  const inbox = new Inbox(worker);
  let busyMs = 0;
  try {
    while (true) {
      const started = Date.now();
      worker.postMessage({ type: 'next' });
      const msg = await inbox.next(limits.timeoutMs - busyMs, limits.timeoutMs);
      busyMs += Date.now() - started;
      if (msg.type === 'done') return;
      if (msg.type === 'error') throw new ExtractionError(msg.reason);
      yield tabTablesInText(msg.text);
    }
  } finally {
    inbox.close();
    await worker.terminate();
  }
}

/** Worker messages as promises, with a time budget and the worker's own failures as reasons. */
class Inbox {
  private queue: WorkerMessage[] = [];
  private failure: ExtractionError | null = null;
  private waiter: (() => void) | null = null;

  constructor(worker: Worker) {
    worker.on('message', (m: WorkerMessage) => this.push(m));
    worker.on('error', (err: Error & { code?: string }) => {
      this.fail(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ExtractionError('PDF too large to process (memory limit)')
          : new ExtractionError('corrupt PDF'),
      );
    });
    worker.on('exit', () => this.fail(new ExtractionError('corrupt PDF: reader stopped')));
  }

  /** The next message within `budgetMs`; `limitMs` is the whole limit, for the reason. */
  next(budgetMs: number, limitMs: number): Promise<WorkerMessage> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.waiter = null;
        const msg = this.queue.shift();
        if (msg) resolve(msg);
        else if (this.failure) reject(this.failure);
      };
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new ExtractionError(`timed out after ${formatSeconds(limitMs)}`));
      }, Math.max(0, budgetMs));
      if (this.queue.length > 0 || this.failure) settle();
      else this.waiter = settle;
    });
  }

  close(): void {
    this.waiter = null;
  }

  private push(m: WorkerMessage): void {
    this.queue.push(m);
    this.waiter?.();
  }

  private fail(e: ExtractionError): void {
    this.failure ??= e;
    this.waiter?.();
  }
}

/** Beside the bundle (dist/cli/pdf-worker.mjs), beside this source file, or at its place in the checkout. */
function workerPath(): string {
  const beside = path.join(__dirname, 'pdf-worker.mjs');
  if (existsSync(beside)) return beside;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'connectors', 'files', 'pdf', 'pdf-worker.mjs');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return beside;
}
