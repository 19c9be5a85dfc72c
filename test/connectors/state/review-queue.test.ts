import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailFlag } from '../../../core/mail/message';
import { ReviewDecisionError } from '../../../core/mail/review-decision';
import { openStateDb, type StateDb } from '../../../connectors/state/database';
import { sqliteReviewQueue } from '../../../connectors/state/review-queue';

const flag = (id: string, extra: Partial<MailFlag> = {}): MailFlag => ({
  messageId: id,
  rules: ['secrecy'],
  severity: 'critical',
  from: 'k.ward@oakfield.sch.uk',
  to: ['22tjones@pupils.oakfield.sch.uk'],
  date: '2025-03-05T21:14:00.000Z',
  evidence: ["don't tell your p*****s"],
  ...extra,
});

const T0 = new Date('2025-03-06T08:00:00Z');
const T1 = new Date('2025-03-06T09:30:00Z');
const T2 = new Date('2025-03-07T10:00:00Z');
const DSL = 'dsl@oakfield.sch.uk';

describe('sqliteReviewQueue', () => {
  let db: StateDb;
  beforeEach(() => {
    db = openStateDb(':memory:');
  });
  afterEach(() => db.close());

  it('records a flag once, whatever later runs offer under the same Message-ID', () => {
    const queue = sqliteReviewQueue(db);
    expect(queue.record(flag('a@x'), 'file:inbox.mbox', T0)).toBe(true);
    expect(queue.record(flag('a@x', { severity: 'low' }), 'graph:k.ward@oakfield.sch.uk', T1)).toBe(false);
    const [entry] = queue.list();
    expect(queue.list()).toHaveLength(1);
    expect(entry).toEqual({
      key: 'a@x',
      flag: flag('a@x'),
      source: 'file:inbox.mbox',
      recordedAt: T0.toISOString(),
      status: 'new',
    });
  });

  it('keeps a decision when the same message is recorded again', () => {
    const queue = sqliteReviewQueue(db);
    queue.record(flag('a@x'), 'f', T0);
    queue.decide('a@x', { status: 'no-concern', reviewer: DSL }, T1);
    queue.record(flag('a@x'), 'f', T2);
    expect(queue.get('a@x')).toMatchObject({ status: 'no-concern', reviewer: DSL, reviewedAt: T1.toISOString() });
  });

  it('filters by status', () => {
    const queue = sqliteReviewQueue(db);
    queue.record(flag('a@x'), 'f', T0);
    queue.record(flag('b@x'), 'f', T0);
    queue.record(flag('c@x'), 'f', T0);
    queue.decide('b@x', { status: 'escalated', reviewer: DSL, note: 'Passed to head; LADO called' }, T1);
    queue.decide('c@x', { status: 'no-concern', reviewer: DSL }, T1);
    expect(queue.list({ status: 'new' }).map((e) => e.key)).toEqual(['a@x']);
    expect(queue.list({ status: 'escalated' }).map((e) => e.key)).toEqual(['b@x']);
    expect(queue.list({ status: 'no-concern' }).map((e) => e.key)).toEqual(['c@x']);
    expect(queue.list().map((e) => e.key)).toEqual(['a@x', 'b@x', 'c@x']);
  });

  it('records reviewer, date and note, and keeps every decision in the audit trail', () => {
    const queue = sqliteReviewQueue(db);
    queue.record(flag('a@x'), 'f', T0);
    queue.decide('a@x', { status: 'no-concern', reviewer: 'DSL@Oakfield.sch.uk', note: 'Trip reminder' }, T1);
    const after = queue.decide(
      'a@x',
      { status: 'escalated', reviewer: 'head@oakfield.sch.uk', note: 'Second look: pattern with other flags' },
      T2,
    );
    expect(after).toMatchObject({
      status: 'escalated',
      reviewer: 'head@oakfield.sch.uk',
      reviewedAt: T2.toISOString(),
      note: 'Second look: pattern with other flags',
    });
    expect(queue.get('a@x')).toEqual(after);
    expect(queue.history('a@x')).toEqual([
      {
        key: 'a@x',
        fromStatus: 'new',
        status: 'no-concern',
        reviewer: DSL,
        note: 'Trip reminder',
        decidedAt: T1.toISOString(),
      },
      {
        key: 'a@x',
        fromStatus: 'no-concern',
        status: 'escalated',
        reviewer: 'head@oakfield.sch.uk',
        note: 'Second look: pattern with other flags',
        decidedAt: T2.toISOString(),
      },
    ]);
  });

  it('rejects a bad decision, naming the field, and changes nothing', () => {
    const queue = sqliteReviewQueue(db);
    queue.record(flag('a@x'), 'f', T0);
    const attempt = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const unknown = attempt(() => queue.decide('nope@x', { status: 'no-concern', reviewer: DSL }, T1));
    expect(unknown).toBeInstanceOf(ReviewDecisionError);
    expect(unknown).toMatchObject({ field: 'key' });
    expect(attempt(() => queue.decide('a@x', { status: 'escalated', reviewer: DSL }, T1))).toMatchObject({
      field: 'note',
    });
    expect(attempt(() => queue.decide('a@x', { status: 'no-concern', reviewer: 'someone' }, T1))).toMatchObject({
      field: 'reviewer',
    });
    expect(queue.get('a@x')?.status).toBe('new');
    expect(queue.history()).toEqual([]);
  });

  it('treats the same decision repeated as already done', () => {
    const queue = sqliteReviewQueue(db);
    queue.record(flag('a@x'), 'f', T0);
    queue.decide('a@x', { status: 'no-concern', reviewer: DSL, note: 'ok' }, T1);
    const again = queue.decide('a@x', { status: 'no-concern', reviewer: DSL, note: 'ok' }, T2);
    expect(again.reviewedAt).toBe(T1.toISOString());
    expect(queue.history('a@x')).toHaveLength(1);
  });

  it('marks entries digested without touching their decisions', () => {
    const queue = sqliteReviewQueue(db);
    queue.record(flag('a@x'), 'f', T0);
    queue.record(flag('b@x'), 'f', T0);
    queue.markDigested(['a@x', 'missing@x'], T1);
    expect(queue.get('a@x')).toMatchObject({ status: 'new', digestedAt: T1.toISOString() });
    expect(queue.get('b@x')?.digestedAt).toBeUndefined();
  });

  it('keeps everything in the file across reopenings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-review-'));
    try {
      const file = join(dir, 'state.sqlite');
      const first = openStateDb(file);
      const queue = sqliteReviewQueue(first);
      queue.record(flag('a@x'), 'f', T0);
      queue.decide('a@x', { status: 'escalated', reviewer: DSL, note: 'Referred to LADO' }, T1);
      first.close();
      const second = openStateDb(file);
      const reopened = sqliteReviewQueue(second);
      expect(reopened.get('a@x')).toMatchObject({ status: 'escalated', note: 'Referred to LADO' });
      expect(reopened.history('a@x')).toHaveLength(1);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
