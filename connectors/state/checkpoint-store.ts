/**
 * Job checkpoints in the state file, one JSON document per job. A checkpoint that no longer reads
 * (hand-edited, or written by an older version whose shape has changed) is reported, not guessed at.
 */
import type { z } from 'zod';
import type { CheckpointStore } from '../../core/jobs/ports';
import { ensureSchema, type StateDb } from './database';

export interface CheckpointStoreOptions<T> {
  /** Checks what is read back; without it the stored JSON is trusted as T. */
  readonly schema?: z.ZodType<T>;
  /** Clock for `updated_at`, for tests. */
  readonly now?: () => Date;
}

export function sqliteCheckpointStore<T>(db: StateDb, options: CheckpointStoreOptions<T> = {}): CheckpointStore<T> {
  ensureSchema(db, 'checkpoints', [
    'CREATE TABLE checkpoints (job TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL)',
  ]);
  const now = options.now ?? (() => new Date());
  const get = db.prepare('SELECT state FROM checkpoints WHERE job = ?');
  const set = db.prepare(
    'INSERT INTO checkpoints (job, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(job) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );
  const del = db.prepare('DELETE FROM checkpoints WHERE job = ?');
  return {
    load(job) {
      const row = get.get(job) as { state: string } | undefined;
      if (!row) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(row.state);
      } catch {
        throw new Error(
          `state file: the checkpoint of job "${job}" is not valid JSON; clear it to start the job again`,
        );
      }
      if (!options.schema) return value as T;
      const parsed = options.schema.safeParse(value);
      if (!parsed.success) {
        const where = parsed.error.issues[0]?.path.join('.') || '(top level)';
        throw new Error(
          `state file: the checkpoint of job "${job}" does not have the expected shape (at ${where}); clear it to start the job again`,
        );
      }
      return parsed.data;
    },
    save(job, state) {
      const json = JSON.stringify(state);
      if (json === undefined) throw new Error(`checkpoint of job "${job}": the state cannot be saved as JSON`);
      set.run(job, json, now().toISOString());
    },
    clear: (job) => void del.run(job),
  };
}

/** The same port in memory, for tests and dry runs; states are copied through JSON like the real one. */
export function memoryCheckpointStore<T>(): CheckpointStore<T> & { jobs(): string[] } {
  const map = new Map<string, string>();
  return {
    load: (job) => {
      const json = map.get(job);
      return json === undefined ? undefined : (JSON.parse(json) as T);
    },
    save: (job, state) => void map.set(job, JSON.stringify(state)),
    clear: (job) => void map.delete(job),
    jobs: () => [...map.keys()].sort(),
  };
}
