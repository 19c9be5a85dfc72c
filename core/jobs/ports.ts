/**
 * Ports for resumable jobs. Storage lives outside core: SQLite or Azure Tables (connectors/state),
 * script properties and sheets (apps-script). A job reads its checkpoint, works within a time budget,
 * writes through an idempotent sink, saves the checkpoint; killing it anywhere and running it again
 * gives the same results.
 */
type Awaitable<T> = T | Promise<T>;

/** Opaque cursors by key, e.g. `drive-changes:ann@school.uk`, `gmail-history:ann@school.uk`. */
export interface CursorStore {
  get(key: string): Awaitable<string | undefined>;
  set(key: string, value: string): Awaitable<void>;
  delete(key: string): Awaitable<void>;
}

/** A job's checkpoint: JSON-serialisable state saved after each unit of work. */
export interface CheckpointStore<T> {
  load(job: string): Awaitable<T | undefined>;
  save(job: string, state: T): Awaitable<void>;
  clear(job: string): Awaitable<void>;
}

/** Stops a job before its platform does (Apps Script: 6 minutes; a Function: its timeout). */
export interface TimeBudget {
  /** true while there is time for another unit of work. */
  hasTimeLeft(): boolean;
}
