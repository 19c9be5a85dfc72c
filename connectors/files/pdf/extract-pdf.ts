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
 * A healthy worker is kept for the next PDF: starting one and loading pdf.js costs far more than
 * reading a typical school PDF. PDFs are read one at a time through it.
 */
export async function* extractPdf(src: Source, limits: ExtractLimits): AsyncIterable<string> {
  const release = await acquire();
  // A kept reader whose worker has since died is replaced.
  const reader: PdfReader = idle && !idle.inbox.failed ? idle : startReader();
  idle = null;
  clearTimeout(idleTimer);
  let finished = false;
  try {
    reader.worker.postMessage({ type: 'open', ...(src.kind === 'file' ? { path: src.path } : { data: src.data }) });
    let busyMs = 0;
    while (true) {
      const started = Date.now();
      reader.worker.postMessage({ type: 'next' });
      const msg = await reader.inbox.next(limits.timeoutMs - busyMs, limits.timeoutMs);
      busyMs += Date.now() - started;
      if (msg.type === 'done') {
        finished = true;
        return;
      }
      if (msg.type === 'error') {
        finished = !reader.inbox.failed;
        throw new ExtractionError(msg.reason);
      }
      yield tabTablesInText(msg.text);
    }
  } finally {
    // A reader that finished its file cleanly is kept; one stopped part-way (timeout, memory, the caller
    // gave up) is terminated, since it may still be busy with the old file.
    if (finished && !reader.inbox.failed) keepIdle(reader);
    else await reader.stop();
    release();
  }
}

/**
 * Stops the PDF reader kept for the next file. Call when a scan is over: the reader's worker thread
 * would otherwise keep the process alive.
 */
export async function closePdfReader(): Promise<void> {
  clearTimeout(idleTimer);
  const reader = idle;
  idle = null;
  await reader?.stop();
}

interface PdfReader {
  readonly worker: Worker;
  readonly inbox: Inbox;
  stop(): Promise<void>;
}

let idle: PdfReader | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** A reader nobody has used for this long is stopped, whoever forgot to call closePdfReader(). */
const IDLE_MS = 2000;

function keepIdle(reader: PdfReader): void {
  idle = reader;
  idleTimer = setTimeout(() => void closePdfReader(), IDLE_MS);
  idleTimer.unref();
}
let queue: Promise<void> = Promise.resolve();

/** One PDF at a time through the shared reader. */
async function acquire(): Promise<() => void> {
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const before = queue;
  queue = queue.then(() => mine);
  await before;
  return release;
}

function startReader(): PdfReader {
  const worker = new Worker(workerPath(), {
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    // pdf.js warns on the console (missing canvas, odd fonts); none of that is ours to print.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  // An idle reader must not keep the process alive.
  worker.unref();
  const inbox = new Inbox(worker);
  return {
    worker,
    inbox,
    async stop() {
      inbox.close();
      if (idle?.worker === worker) idle = null;
      await worker.terminate();
    },
  };
}

/** Worker messages as promises, with a time budget and the worker's own failures as reasons. */
class Inbox {
  private queue: WorkerMessage[] = [];
  private failure: ExtractionError | null = null;
  get failed(): boolean {
    return this.failure !== null;
  }
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
      const timer = setTimeout(
        () => {
          this.waiter = null;
          reject(new ExtractionError(`timed out after ${formatSeconds(limitMs)}`));
        },
        Math.max(0, budgetMs),
      );
      if (this.queue.length > 0 || this.failure) settle();
      else this.waiter = settle;
    });
  }

  close(): void {
    this.waiter = null;
    this.queue = [];
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
