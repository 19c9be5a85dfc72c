/**
 * The embedded state store: one SQLite file (better-sqlite3) holding every job's cursors, checkpoints
 * and history. Each capability owns its tables and creates them through `ensureSchema`, so adding a
 * capability never edits another's file.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type StateDb = Database.Database;

/** Opens (creating if needed) the state file; `:memory:` for tests. */
export function openStateDb(file: string): StateDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets a report read while an audit writes; NORMAL sync is safe with WAL and much faster.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE IF NOT EXISTS schema_versions (capability TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  return db;
}

/**
 * Applies `migrations[i]` for every version above the capability's current one, in one transaction.
 * Migrations are append-only: never edit one that has shipped.
 */
export function ensureSchema(db: StateDb, capability: string, migrations: readonly string[]): void {
  const row = db.prepare('SELECT version FROM schema_versions WHERE capability = ?').get(capability) as
    { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current >= migrations.length) return;
  db.transaction(() => {
    for (let v = current; v < migrations.length; v++) db.exec(migrations[v] as string);
    db.prepare(
      'INSERT INTO schema_versions (capability, version) VALUES (?, ?) ON CONFLICT(capability) DO UPDATE SET version = excluded.version',
    ).run(capability, migrations.length);
  })();
}

/** Where the CLI keeps state unless `--state FILE` says otherwise. */
export const DEFAULT_STATE_FILE = '.sos/state.sqlite';
