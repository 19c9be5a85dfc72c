/**
 * Every grant a `--fix` removed, kept exactly as it was so that `--undo` can put it back. Append-only:
 * a restore marks the entry, it never deletes it, so the log is also the audit trail of what IT did.
 * Logging the same removal again (a resumed run) keeps the first entry.
 */
import { z } from 'zod';
import type { AuditScope } from '../../core/sharing/ports';
import type { Provider, SharingGrant } from '../../core/sharing/types';
import { ensureSchema, type StateDb } from './database';

export interface FixLogEntry {
  readonly id: number;
  readonly runId: number;
  readonly provider: Provider;
  /** Whose drive the item is on: what `restoreGrant` needs. */
  readonly scope: AuditScope;
  readonly itemId: string;
  readonly name: string;
  readonly owner: string;
  readonly grant: SharingGrant;
  readonly removedAt: string;
  readonly restoredAt?: string;
}

export type NewFixLogEntry = Omit<FixLogEntry, 'id' | 'removedAt' | 'restoredAt'> & { readonly removedAt: Date };

export interface FixLogFilter {
  readonly runId?: number;
  readonly itemId?: string;
  /** Default false: only removals not yet undone. */
  readonly includeRestored?: boolean;
}

export interface FixLog {
  /** The entry's id; the existing entry's id when this run already logged this removal. */
  record(entry: NewFixLogEntry): number;
  /** Oldest first. */
  list(filter?: FixLogFilter): FixLogEntry[];
  /** Idempotent: a second call keeps the first time. False when there is no such entry. */
  markRestored(id: number, at: Date): boolean;
  /** The most recent run that removed anything, for `--undo` without a run id. */
  latestRunId(): number | undefined;
}

const MIGRATIONS = [
  `CREATE TABLE sharing_fix_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     run_id INTEGER NOT NULL,
     provider TEXT NOT NULL,
     scope TEXT NOT NULL,
     item_id TEXT NOT NULL,
     name TEXT NOT NULL,
     owner TEXT NOT NULL,
     grant_id TEXT NOT NULL,
     grant_json TEXT NOT NULL,
     removed_at TEXT NOT NULL,
     restored_at TEXT,
     UNIQUE (run_id, provider, item_id, grant_id)
   );
   CREATE INDEX sharing_fix_log_item ON sharing_fix_log (item_id);`,
];

const grantSchema = z.object({
  id: z.string(),
  kind: z.enum(['anyone', 'domain', 'user', 'group']),
  role: z.string(),
  emailAddress: z.string().optional(),
  domain: z.string().optional(),
  discoverable: z.boolean().optional(),
  expiresAt: z.string().optional(),
  deleted: z.boolean().optional(),
  inheritedFrom: z.string().optional(),
});

const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), email: z.string() }),
  z.object({ kind: z.literal('drive'), id: z.string(), name: z.string() }),
]);

interface Row {
  id: number;
  run_id: number;
  provider: string;
  scope: string;
  item_id: string;
  name: string;
  owner: string;
  grant_json: string;
  removed_at: string;
  restored_at: string | null;
}

function readJson<T>(schema: z.ZodType<T>, text: string, row: Row, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`state file: fix log entry ${row.id} has an unreadable ${column} column`);
  return parsed.data;
}

function toEntry(row: Row): FixLogEntry {
  const provider = z.enum(['google', 'microsoft']).safeParse(row.provider);
  if (!provider.success) throw new Error(`state file: fix log entry ${row.id} has an unknown provider`);
  return {
    id: row.id,
    runId: row.run_id,
    provider: provider.data,
    scope: readJson(scopeSchema, row.scope, row, 'scope'),
    itemId: row.item_id,
    name: row.name,
    owner: row.owner,
    grant: readJson(grantSchema, row.grant_json, row, 'grant'),
    removedAt: row.removed_at,
    ...(row.restored_at !== null ? { restoredAt: row.restored_at } : {}),
  };
}

export function sqliteFixLog(db: StateDb): FixLog {
  ensureSchema(db, 'sharing-fix-log', MIGRATIONS);
  const insert = db.prepare(
    `INSERT INTO sharing_fix_log (run_id, provider, scope, item_id, name, owner, grant_id, grant_json, removed_at)
     VALUES (@runId, @provider, @scope, @itemId, @name, @owner, @grantId, @grant, @removedAt)
     ON CONFLICT (run_id, provider, item_id, grant_id) DO NOTHING`,
  );
  const find = db.prepare(
    'SELECT id FROM sharing_fix_log WHERE run_id = ? AND provider = ? AND item_id = ? AND grant_id = ?',
  );
  const select = db.prepare(
    `SELECT * FROM sharing_fix_log
     WHERE (@runId IS NULL OR run_id = @runId) AND (@itemId IS NULL OR item_id = @itemId)
       AND (@all = 1 OR restored_at IS NULL)
     ORDER BY id`,
  );
  const restore = db.prepare('UPDATE sharing_fix_log SET restored_at = COALESCE(restored_at, @at) WHERE id = @id');
  const latest = db.prepare('SELECT MAX(run_id) AS run FROM sharing_fix_log');

  return {
    record(entry) {
      const grant = grantSchema.parse(entry.grant);
      insert.run({
        runId: entry.runId,
        provider: entry.provider,
        scope: JSON.stringify(scopeSchema.parse(entry.scope)),
        itemId: entry.itemId,
        name: entry.name,
        owner: entry.owner.toLowerCase(),
        grantId: grant.id,
        grant: JSON.stringify(grant),
        removedAt: entry.removedAt.toISOString(),
      });
      return (find.get(entry.runId, entry.provider, entry.itemId, grant.id) as { id: number }).id;
    },
    list: (filter = {}) =>
      (
        select.all({
          runId: filter.runId ?? null,
          itemId: filter.itemId ?? null,
          all: filter.includeRestored === true ? 1 : 0,
        }) as Row[]
      ).map(toEntry),
    markRestored: (id, at) => restore.run({ id, at: at.toISOString() }).changes > 0,
    latestRunId: () => (latest.get() as { run: number | null }).run ?? undefined,
  };
}
