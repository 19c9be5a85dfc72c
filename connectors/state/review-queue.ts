/**
 * The mail review queue in the state file. One row per flagged message (keyed by Message-ID, so a
 * message seen again by a later run or another source stays one entry with its decision), and every
 * decision ever made kept in an append-only audit table: who decided what, when, and why.
 */
import { applyDecision, ReviewDecisionError, type ReviewDecision } from '../../core/mail/review-decision';
import type { MailFlag } from '../../core/mail/message';
import type { ReviewEntry, ReviewQueue, ReviewStatus } from '../../core/mail/review-types';
import { ensureSchema, type StateDb } from './database';

/** One recorded decision, oldest first in `history`. */
export interface ReviewHistoryItem {
  readonly key: string;
  readonly fromStatus: ReviewStatus;
  readonly status: ReviewStatus;
  readonly reviewer: string;
  readonly note?: string;
  readonly decidedAt: string;
}

export interface SqliteReviewQueue extends ReviewQueue {
  record(flag: MailFlag, source: string, at: Date): boolean;
  list(filter?: { readonly status?: ReviewStatus }): readonly ReviewEntry[];
  decide(key: string, decision: ReviewDecision, at: Date): ReviewEntry;
  markDigested(keys: readonly string[], at: Date): void;
  get(key: string): ReviewEntry | undefined;
  /** Every decision on the entry (or on all entries), oldest first. */
  history(key?: string): readonly ReviewHistoryItem[];
}

const MIGRATIONS = [
  `CREATE TABLE mail_review (
     key TEXT PRIMARY KEY,
     flag TEXT NOT NULL,
     source TEXT NOT NULL,
     recorded_at TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('new', 'no-concern', 'escalated')),
     reviewer TEXT,
     reviewed_at TEXT,
     note TEXT,
     digested_at TEXT
   );
   CREATE INDEX mail_review_status ON mail_review (status);
   CREATE TABLE mail_review_decisions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     key TEXT NOT NULL REFERENCES mail_review (key),
     from_status TEXT NOT NULL,
     status TEXT NOT NULL,
     reviewer TEXT NOT NULL,
     note TEXT,
     decided_at TEXT NOT NULL
   );
   CREATE INDEX mail_review_decisions_key ON mail_review_decisions (key, id);`,
];

interface Row {
  key: string;
  flag: string;
  source: string;
  recorded_at: string;
  status: ReviewStatus;
  reviewer: string | null;
  reviewed_at: string | null;
  note: string | null;
  digested_at: string | null;
}

interface DecisionRow {
  key: string;
  from_status: ReviewStatus;
  status: ReviewStatus;
  reviewer: string;
  note: string | null;
  decided_at: string;
}

function toEntry(row: Row): ReviewEntry {
  return {
    key: row.key,
    flag: JSON.parse(row.flag) as MailFlag,
    source: row.source,
    recordedAt: row.recorded_at,
    status: row.status,
    ...(row.reviewer !== null ? { reviewer: row.reviewer } : {}),
    ...(row.reviewed_at !== null ? { reviewedAt: row.reviewed_at } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
    ...(row.digested_at !== null ? { digestedAt: row.digested_at } : {}),
  };
}

function toHistory(row: DecisionRow): ReviewHistoryItem {
  return {
    key: row.key,
    fromStatus: row.from_status,
    status: row.status,
    reviewer: row.reviewer,
    ...(row.note !== null ? { note: row.note } : {}),
    decidedAt: row.decided_at,
  };
}

function validDate(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('review queue: the time given is not a valid date');
  return at.toISOString();
}

/** The ReviewQueue port over the state file (capability `mail-review`). */
export function sqliteReviewQueue(db: StateDb): SqliteReviewQueue {
  ensureSchema(db, 'mail-review', MIGRATIONS);
  const insert = db.prepare(
    `INSERT INTO mail_review (key, flag, source, recorded_at, status) VALUES (?, ?, ?, ?, 'new')
     ON CONFLICT (key) DO NOTHING`,
  );
  const getOne = db.prepare('SELECT * FROM mail_review WHERE key = ?');
  const listAll = db.prepare('SELECT * FROM mail_review ORDER BY recorded_at, key');
  const listByStatus = db.prepare('SELECT * FROM mail_review WHERE status = ? ORDER BY recorded_at, key');
  const update = db.prepare('UPDATE mail_review SET status = ?, reviewer = ?, reviewed_at = ?, note = ? WHERE key = ?');
  const addDecision = db.prepare(
    'INSERT INTO mail_review_decisions (key, from_status, status, reviewer, note, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const digested = db.prepare('UPDATE mail_review SET digested_at = ? WHERE key = ?');
  const historyOf = db.prepare('SELECT * FROM mail_review_decisions WHERE key = ? ORDER BY id');
  const historyAll = db.prepare('SELECT * FROM mail_review_decisions ORDER BY id');

  const get = (key: string): ReviewEntry | undefined => {
    const row = getOne.get(key) as Row | undefined;
    return row && toEntry(row);
  };

  const decide = db.transaction((key: string, decision: ReviewDecision, at: Date): ReviewEntry => {
    const current = get(key);
    if (current === undefined) throw new ReviewDecisionError('key', `no flagged message with Message-ID "${key}"`);
    const { entry, changed } = applyDecision(current, decision, at);
    if (!changed) return entry;
    update.run(entry.status, entry.reviewer ?? null, entry.reviewedAt ?? null, entry.note ?? null, key);
    addDecision.run(key, current.status, entry.status, entry.reviewer, entry.note ?? null, entry.reviewedAt);
    return entry;
  });

  const markDigested = db.transaction((keys: readonly string[], at: Date) => {
    const when = validDate(at);
    for (const key of keys) digested.run(when, key);
  });

  return {
    record(flag, source, at) {
      return insert.run(flag.messageId, JSON.stringify(flag), source, validDate(at)).changes > 0;
    },
    list(filter) {
      const rows = (filter?.status !== undefined ? listByStatus.all(filter.status) : listAll.all()) as Row[];
      return rows.map(toEntry);
    },
    decide: (key, decision, at) => decide(key, decision, at),
    markDigested: (keys, at) => markDigested(keys, at),
    get,
    history(key) {
      const rows = (key !== undefined ? historyOf.all(key) : historyAll.all()) as DecisionRow[];
      return rows.map(toHistory);
    },
  };
}
