/**
 * Where the audit is, kept in one script property (a value may hold 9 KB, so it names positions, never
 * lists of users or files): the pass, the phase, the Directory or drives page and the index in it of the
 * user or drive being read, and that scope's files.list page token. It is saved after every page, so a
 * slice killed anywhere loses at most the page it was on, which the next slice reads again.
 */
import { z } from 'zod';
import { AUDIT_PROPERTY, deleteAuditProperty, readAuditProperty, writeAuditProperty } from './settings';

/** Failed scopes kept by key; past this many, the pass closes nothing as fixed (too much is unknown). */
export const MAX_FAILED_KEPT = 40;

const position = z.object({
  /** Page token of the Directory (or drives.list) page holding the current scope; absent = first page. */
  page: z.string().optional(),
  index: z.number().int().min(0),
  /** The scope at `index` when it was saved: a changed listing is noticed and followed by key. */
  key: z.string().optional(),
  /** The scope finished just before `index`, for the same check once a scope is done. */
  after: z.string().optional(),
  /** The scope's files.list page token; absent = its first page. */
  items: z.string().optional(),
});
export type Position = z.infer<typeof position>;

const cursorSchema = z.object({
  v: z.literal(1),
  pass: z.number().int().min(0),
  /** ISO time the pass began: rows last seen before it, in scopes that did not fail, are fixed. */
  startedAt: z.string(),
  phase: z.enum(['users', 'drives', 'idle']),
  users: position,
  drives: position,
  failed: z.array(z.string()),
  /** More scopes failed than `failed` holds. */
  failedMore: z.boolean(),
  counts: z.object({ scopes: z.number(), items: z.number(), exposed: z.number(), skipped: z.number() }),
  /** ISO start of the last complete pass: the next one begins a day after it. */
  lastCompleteStart: z.string().optional(),
});
export type AuditCursor = z.infer<typeof cursorSchema>;

export function freshPass(previous: AuditCursor | undefined, now: Date): AuditCursor {
  return {
    v: 1,
    pass: (previous?.pass ?? 0) + 1,
    startedAt: now.toISOString(),
    phase: 'users',
    users: { index: 0 },
    drives: { index: 0 },
    failed: [],
    failedMore: false,
    counts: { scopes: 0, items: 0, exposed: 0, skipped: 0 },
    ...(previous?.lastCompleteStart === undefined ? {} : { lastCompleteStart: previous.lastCompleteStart }),
  };
}

/** The saved cursor; one that cannot be read (edited by hand, an older release) is reported and replaced. */
export function loadCursor(): { cursor?: AuditCursor; problem?: string } {
  const text = readAuditProperty(AUDIT_PROPERTY.cursor);
  if (text === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `script property ${AUDIT_PROPERTY.cursor} is not JSON: a new pass starts` };
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    return { problem: `script property ${AUDIT_PROPERTY.cursor} field "${field}" is not valid: a new pass starts` };
  }
  return { cursor: parsed.data };
}

export function saveCursor(cursor: AuditCursor): void {
  writeAuditProperty(AUDIT_PROPERTY.cursor, JSON.stringify(cursor));
}

export function clearCursor(): void {
  deleteAuditProperty(AUDIT_PROPERTY.cursor);
}

export function recordFailure(cursor: AuditCursor, key: string): void {
  if (cursor.failed.includes(key)) return;
  if (cursor.failed.length < MAX_FAILED_KEPT) cursor.failed.push(key);
  else cursor.failedMore = true;
}
