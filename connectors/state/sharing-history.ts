/**
 * The sharing audit's history in the state file: every exposed item with when it was first and last
 * seen and when it was fixed, and every run with its counts for the trend chart.
 *
 * Nothing here resolves an item it has not been told about: only `resolve` (the item changed) and
 * `completeScope` (a full pass of that scope finished without seeing it) close a finding, so a run
 * killed halfway leaves every open finding open. Every write is idempotent: the same upserts again
 * change nothing but `last_seen`.
 */
import { z } from 'zod';
import type { AuditHistory, AuditMode } from '../../core/jobs/sharing-audit-ports';
import { SENSITIVE_TYPES, type SensitiveType } from '../../core/sensitive/types';
import type { AuditRunRecord, ExposureRecord, RunCounts } from '../../core/sharing/history';
import { riskRank } from '../../core/sharing/risk';
import {
  EXPOSURE_IDS,
  RISK_LEVELS,
  type ExposureFinding,
  type Provider,
  type RiskLevel,
} from '../../core/sharing/types';
import { ensureSchema, type StateDb } from './database';

const MIGRATIONS = [
  `CREATE TABLE sharing_items (
     provider TEXT NOT NULL,
     item_id TEXT NOT NULL,
     scope_key TEXT NOT NULL,
     owner TEXT NOT NULL,
     name TEXT NOT NULL,
     exposure TEXT NOT NULL,
     sensitive TEXT,
     risk TEXT NOT NULL,
     signature TEXT NOT NULL,
     first_seen TEXT NOT NULL,
     last_seen TEXT NOT NULL,
     fixed_at TEXT,
     opened_run INTEGER NOT NULL,
     last_run INTEGER NOT NULL,
     PRIMARY KEY (provider, item_id)
   );
   CREATE INDEX sharing_items_scope ON sharing_items (scope_key, fixed_at);
   CREATE INDEX sharing_items_item ON sharing_items (item_id);
   CREATE TABLE sharing_runs (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     provider TEXT,
     mode TEXT NOT NULL CHECK (mode IN ('full', 'incremental')),
     started_at TEXT NOT NULL,
     finished_at TEXT,
     open_critical INTEGER,
     open_high INTEGER,
     open_medium INTEGER,
     open_low INTEGER,
     newly_found INTEGER,
     fixed INTEGER,
     seen INTEGER
   );`,
];

export interface SharingHistory extends AuditHistory {
  /**
   * `scanned` says whether `finding.sensitive` comes from a content scan at this signature; it defaults
   * to "yes" when types were found. An unscanned sighting keeps an earlier scan of the same signature.
   */
  upsert(
    runId: number,
    finding: ExposureFinding,
    scopeKey: string,
    signature: string,
    at: Date,
    scanned?: boolean,
  ): void;
  beginRun(mode: AuditMode, at: Date): number;
  /** With `scopeKey`, only when the item was last seen in that scope (another user losing access is not a fix). */
  resolve(itemId: string, at: Date, scopeKey?: string): void;
  completeScope(runId: number, scopeKey: string, at: Date): void;
  finishRun(runId: number, at: Date): void;
  cachedSensitive(itemId: string, signature: string): readonly SensitiveType[] | undefined;
  /** Open findings, worst first. */
  open(): ExposureRecord[];
  /** Every record, open and fixed, worst first. */
  all(): ExposureRecord[];
  /** Runs, oldest first. */
  runs(): AuditRunRecord[];
}

interface ItemRow {
  provider: string;
  item_id: string;
  scope_key: string;
  owner: string;
  name: string;
  exposure: string;
  sensitive: string | null;
  risk: string;
  signature: string;
  first_seen: string;
  last_seen: string;
  fixed_at: string | null;
  opened_run: number;
  last_run: number;
}

interface RunRow {
  id: number;
  provider: string | null;
  mode: string;
  started_at: string;
  finished_at: string | null;
  open_critical: number | null;
  open_high: number | null;
  open_medium: number | null;
  open_low: number | null;
  newly_found: number | null;
  fixed: number | null;
  seen: number | null;
}

const providerSchema = z.enum(['google', 'microsoft']);
const exposureSchema = z.array(z.enum(EXPOSURE_IDS));
const sensitiveSchema = z.array(z.enum(SENSITIVE_TYPES));
const riskSchema = z.enum(RISK_LEVELS as readonly RiskLevel[] as [RiskLevel, ...RiskLevel[]]);

/** A stored column read back through zod: a hand-edited or damaged state file gives a clear error. */
function readColumn<T>(schema: z.ZodType<T>, raw: unknown, row: ItemRow, column: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `state file: sharing_items row (${row.provider}, ${row.item_id}) has an unreadable ${column} column; delete the row or the state file to start the history again`,
    );
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toRecord(row: ItemRow): ExposureRecord {
  const sensitive =
    row.sensitive === null ? undefined : readColumn(sensitiveSchema, parseJson(row.sensitive), row, 'sensitive');
  const finding: ExposureFinding = {
    provider: readColumn(providerSchema, row.provider, row, 'provider'),
    fileId: row.item_id,
    name: row.name,
    owner: row.owner,
    exposure: readColumn(exposureSchema, parseJson(row.exposure), row, 'exposure'),
    sensitive: sensitive ?? [],
    risk: readColumn(riskSchema, row.risk, row, 'risk'),
  };
  return {
    finding,
    scopeKey: row.scope_key,
    signature: row.signature,
    scanned: sensitive !== undefined,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    openedRun: row.opened_run,
    lastRun: row.last_run,
    ...(row.fixed_at !== null ? { fixedAt: row.fixed_at } : {}),
  };
}

function toRun(row: RunRow): AuditRunRecord {
  const mode = row.mode === 'full' ? 'full' : 'incremental';
  const provider = providerSchema.safeParse(row.provider);
  const counted = row.finished_at !== null && row.newly_found !== null;
  const counts: RunCounts | undefined = counted
    ? {
        open: {
          critical: row.open_critical ?? 0,
          high: row.open_high ?? 0,
          medium: row.open_medium ?? 0,
          low: row.open_low ?? 0,
        },
        newlyFound: row.newly_found ?? 0,
        fixed: row.fixed ?? 0,
        seen: row.seen ?? 0,
      }
    : undefined;
  return {
    id: row.id,
    ...(provider.success ? { provider: provider.data } : {}),
    mode,
    startedAt: row.started_at,
    ...(row.finished_at !== null ? { finishedAt: row.finished_at } : {}),
    ...(counts ? { counts } : {}),
  };
}

function byRiskThenId(a: ExposureRecord, b: ExposureRecord): number {
  const risk = riskRank(b.finding.risk) - riskRank(a.finding.risk);
  if (risk !== 0) return risk;
  const key = (r: ExposureRecord) => `${r.finding.provider}\u0000${r.finding.fileId}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/**
 * The history in `db`. With a provider, everything (runs, resolve, cache, lists) is limited to that
 * provider's items, so a Google and a Microsoft audit can share one state file.
 */
export function sqliteSharingHistory(db: StateDb, provider?: Provider): SharingHistory {
  ensureSchema(db, 'sharing-history', MIGRATIONS);
  const only = provider ?? null;

  const insertRun = db.prepare('INSERT INTO sharing_runs (provider, mode, started_at) VALUES (?, ?, ?)');
  const getRun = db.prepare('SELECT * FROM sharing_runs WHERE id = ?');
  const getItem = db.prepare('SELECT * FROM sharing_items WHERE provider = ? AND item_id = ?');
  const insertItem = db.prepare(
    `INSERT INTO sharing_items (provider, item_id, scope_key, owner, name, exposure, sensitive, risk, signature,
       first_seen, last_seen, fixed_at, opened_run, last_run)
     VALUES (@provider, @itemId, @scopeKey, @owner, @name, @exposure, @sensitive, @risk, @signature,
       @at, @at, NULL, @runId, @runId)`,
  );
  const updateItem = db.prepare(
    `UPDATE sharing_items SET scope_key = @scopeKey, owner = @owner, name = @name, exposure = @exposure,
       sensitive = @sensitive, risk = @risk, signature = @signature, last_seen = @at, last_run = @runId,
       opened_run = CASE WHEN fixed_at IS NULL THEN opened_run ELSE @runId END, fixed_at = NULL
     WHERE provider = @provider AND item_id = @itemId`,
  );
  const resolveItem = db.prepare(
    `UPDATE sharing_items SET fixed_at = @at
     WHERE item_id = @itemId AND fixed_at IS NULL AND (@only IS NULL OR provider = @only)
       AND (@scopeKey IS NULL OR scope_key = @scopeKey)`,
  );
  const resolveScope = db.prepare(
    `UPDATE sharing_items SET fixed_at = @at
     WHERE scope_key = @scopeKey AND fixed_at IS NULL AND last_run <> @runId AND (@only IS NULL OR provider = @only)`,
  );
  const cached = db.prepare(
    `SELECT sensitive FROM sharing_items
     WHERE item_id = @itemId AND signature = @signature AND sensitive IS NOT NULL AND (@only IS NULL OR provider = @only)
     ORDER BY last_seen DESC LIMIT 1`,
  );
  const openRows = db.prepare(
    'SELECT * FROM sharing_items WHERE fixed_at IS NULL AND (@only IS NULL OR provider = @only)',
  );
  const allRows = db.prepare('SELECT * FROM sharing_items WHERE (@only IS NULL OR provider = @only)');
  const runRows = db.prepare('SELECT * FROM sharing_runs WHERE (@only IS NULL OR provider = @only) ORDER BY id');
  const openByRisk = db.prepare(
    'SELECT risk, COUNT(*) AS n FROM sharing_items WHERE fixed_at IS NULL AND (@only IS NULL OR provider = @only) GROUP BY risk',
  );
  const countNew = db.prepare(
    'SELECT COUNT(*) AS n FROM sharing_items WHERE fixed_at IS NULL AND opened_run = @runId AND (@only IS NULL OR provider = @only)',
  );
  const countSeen = db.prepare(
    'SELECT COUNT(*) AS n FROM sharing_items WHERE last_run = @runId AND (@only IS NULL OR provider = @only)',
  );
  const fixedRows = db.prepare(
    'SELECT fixed_at FROM sharing_items WHERE fixed_at IS NOT NULL AND (@only IS NULL OR provider = @only)',
  );
  const finish = db.prepare(
    `UPDATE sharing_runs SET finished_at = @at, open_critical = @critical, open_high = @high, open_medium = @medium,
       open_low = @low, newly_found = @newlyFound, fixed = @fixed, seen = @seen WHERE id = @runId`,
  );

  const requireRun = (runId: number): RunRow => {
    const row = getRun.get(runId) as RunRow | undefined;
    if (!row) throw new Error(`sharing history: run ${runId} does not exist (was it begun in another state file?)`);
    return row;
  };

  const upsert = db.transaction(
    (runId: number, finding: ExposureFinding, scopeKey: string, signature: string, at: Date, scanned?: boolean) => {
      requireRun(runId);
      if (provider !== undefined && finding.provider !== provider) {
        throw new Error(`sharing history: a ${finding.provider} finding given to the ${provider} history`);
      }
      const existing = getItem.get(finding.provider, finding.fileId) as ItemRow | undefined;
      const isScanned = scanned ?? finding.sensitive.length > 0;
      const sensitive = isScanned
        ? JSON.stringify([...new Set(finding.sensitive)].sort())
        : existing && existing.signature === signature
          ? existing.sensitive
          : null;
      const values = {
        provider: finding.provider,
        itemId: finding.fileId,
        scopeKey,
        owner: finding.owner.toLowerCase(),
        name: finding.name,
        exposure: JSON.stringify(finding.exposure),
        sensitive,
        risk: finding.risk,
        signature,
        at: at.toISOString(),
        runId,
      };
      if (existing) updateItem.run(values);
      else insertItem.run(values);
    },
  );

  return {
    beginRun: (mode, at) => Number(insertRun.run(only, mode, at.toISOString()).lastInsertRowid),
    upsert: (runId, finding, scopeKey, signature, at, scanned) =>
      upsert(runId, finding, scopeKey, signature, at, scanned),
    resolve: (itemId, at, scopeKey) =>
      void resolveItem.run({ itemId, at: at.toISOString(), only, scopeKey: scopeKey ?? null }),
    completeScope: (runId, scopeKey, at) => {
      requireRun(runId);
      resolveScope.run({ scopeKey, runId, at: at.toISOString(), only });
    },
    finishRun: db.transaction((runId: number, at: Date) => {
      const run = requireRun(runId);
      const open: Record<RiskLevel, number> = { critical: 0, high: 0, medium: 0, low: 0 };
      for (const row of openByRisk.all({ only }) as { risk: string; n: number }[]) {
        if ((RISK_LEVELS as readonly string[]).includes(row.risk)) open[row.risk as RiskLevel] = row.n;
      }
      const started = Date.parse(run.started_at);
      const finished = at.getTime();
      const fixed = (fixedRows.all({ only }) as { fixed_at: string }[]).filter((row) => {
        const when = Date.parse(row.fixed_at);
        return when >= started && when <= finished;
      }).length;
      finish.run({
        runId,
        at: at.toISOString(),
        ...open,
        newlyFound: (countNew.get({ runId, only }) as { n: number }).n,
        fixed,
        seen: (countSeen.get({ runId, only }) as { n: number }).n,
      });
    }),
    cachedSensitive: (itemId, signature) => {
      const row = cached.get({ itemId, signature, only }) as { sensitive: string } | undefined;
      if (!row) return undefined;
      const parsed = sensitiveSchema.safeParse(parseJson(row.sensitive));
      // A damaged cache entry only costs a rescan.
      return parsed.success ? parsed.data : undefined;
    },
    open: () => (openRows.all({ only }) as ItemRow[]).map(toRecord).sort(byRiskThenId),
    all: () => (allRows.all({ only }) as ItemRow[]).map(toRecord).sort(byRiskThenId),
    runs: () => (runRows.all({ only }) as RunRow[]).map(toRun),
  };
}
