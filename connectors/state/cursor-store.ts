import type { CursorStore } from '../../core/jobs/ports';
import { ensureSchema, type StateDb } from './database';

/** Cursors (Drive start page tokens, Gmail history ids, Graph delta links) in the state file. */
export function sqliteCursorStore(db: StateDb): CursorStore {
  ensureSchema(db, 'cursors', [
    'CREATE TABLE cursors (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)',
  ]);
  const get = db.prepare('SELECT value FROM cursors WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO cursors (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  const del = db.prepare('DELETE FROM cursors WHERE key = ?');
  return {
    get: (key) => (get.get(key) as { value: string } | undefined)?.value,
    set: (key, value) => void set.run(key, value, new Date().toISOString()),
    delete: (key) => void del.run(key),
  };
}

/** The same port in memory, for tests and dry runs. */
export function memoryCursorStore(
  initial: Record<string, string> = {},
): CursorStore & { entries(): Record<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    get: (key) => map.get(key),
    set: (key, value) => void map.set(key, value),
    delete: (key) => void map.delete(key),
    entries: () => Object.fromEntries(map),
  };
}
