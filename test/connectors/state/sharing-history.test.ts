import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStateDb, type StateDb } from '../../../connectors/state/database';
import { sqliteSharingHistory } from '../../../connectors/state/sharing-history';
import type { ExposureFinding, RiskLevel } from '../../../core/sharing/types';
import type { SensitiveType } from '../../../core/sensitive/types';

const at = (minutes: number) => new Date(Date.UTC(2025, 2, 10, 8, minutes));

function finding(fileId: string, risk: RiskLevel = 'medium', sensitive: SensitiveType[] = []): ExposureFinding {
  return {
    provider: 'google',
    fileId,
    name: `${fileId}.docx`,
    owner: 'J.Smith@Oakfield.sch.uk',
    exposure: ['anyone-with-link'],
    sensitive,
    risk,
  };
}

const SCOPE_A = 'user:a@oakfield.sch.uk';
const SCOPE_B = 'drive:0AB';

describe('sqliteSharingHistory', () => {
  let db: StateDb;
  beforeEach(() => {
    db = openStateDb(':memory:');
  });
  afterEach(() => db.close());

  it('records a new finding with first and last seen, lower-cased owner', () => {
    const history = sqliteSharingHistory(db);
    const run = history.beginRun('full', at(0));
    history.upsert(run, finding('f1', 'high'), SCOPE_A, 'sig1', at(1));
    const [record] = history.open();
    expect(record).toEqual({
      finding: { ...finding('f1', 'high'), owner: 'j.smith@oakfield.sch.uk' },
      scopeKey: SCOPE_A,
      signature: 'sig1',
      scanned: false,
      firstSeen: at(1).toISOString(),
      lastSeen: at(1).toISOString(),
      openedRun: run,
      lastRun: run,
    });
  });

  it('is idempotent: the same upserts again change nothing but last_seen', () => {
    const history = sqliteSharingHistory(db);
    const run = history.beginRun('full', at(0));
    history.upsert(run, finding('f1'), SCOPE_A, 'sig', at(1));
    history.upsert(run, finding('f2', 'critical', ['health']), SCOPE_A, 'sig', at(2));
    const before = history.all();
    history.upsert(run, finding('f1'), SCOPE_A, 'sig', at(5));
    history.upsert(run, finding('f2', 'critical', ['health']), SCOPE_A, 'sig', at(6));
    const after = history.all();
    expect(after.map((r) => ({ ...r, lastSeen: '' }))).toEqual(before.map((r) => ({ ...r, lastSeen: '' })));
    expect(after.map((r) => r.lastSeen)).toEqual([at(6).toISOString(), at(5).toISOString()]);
    history.resolve('f1', at(7));
    history.resolve('f1', at(9));
    expect(history.all().find((r) => r.finding.fileId === 'f1')?.fixedAt).toBe(at(7).toISOString());
  });

  it('lists open findings worst first', () => {
    const history = sqliteSharingHistory(db);
    const run = history.beginRun('full', at(0));
    history.upsert(run, finding('b', 'low'), SCOPE_A, 's', at(1));
    history.upsert(run, finding('a', 'low'), SCOPE_A, 's', at(1));
    history.upsert(run, finding('c', 'critical'), SCOPE_A, 's', at(1));
    history.upsert(run, finding('d', 'high'), SCOPE_A, 's', at(1));
    expect(history.open().map((r) => r.finding.fileId)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('resolves an item that is no longer exposed and reopens it, keeping first_seen', () => {
    const history = sqliteSharingHistory(db);
    const first = history.beginRun('full', at(0));
    history.upsert(first, finding('f1'), SCOPE_A, 'sig', at(1));
    history.resolve('f1', at(2));
    expect(history.open()).toEqual([]);
    expect(history.all()[0]?.fixedAt).toBe(at(2).toISOString());

    const second = history.beginRun('incremental', at(10));
    history.upsert(second, finding('f1', 'high'), SCOPE_A, 'sig', at(11));
    const [record] = history.open();
    expect(record?.firstSeen).toBe(at(1).toISOString());
    expect(record?.fixedAt).toBeUndefined();
    expect(record?.openedRun).toBe(second);
    expect(record?.finding.risk).toBe('high');
  });

  it('after a full pass of a scope, resolves only that scope’s open items not seen in the run', () => {
    const history = sqliteSharingHistory(db);
    const first = history.beginRun('full', at(0));
    for (const id of ['a1', 'a2']) history.upsert(first, finding(id), SCOPE_A, 's', at(1));
    history.upsert(first, finding('b1'), SCOPE_B, 's', at(1));
    history.finishRun(first, at(2));

    const second = history.beginRun('full', at(10));
    history.upsert(second, finding('a1'), SCOPE_A, 's', at(11));
    history.completeScope(second, SCOPE_A, at(12));
    history.completeScope(second, SCOPE_A, at(13));
    const open = history.open().map((r) => r.finding.fileId);
    expect(open).toEqual(['a1', 'b1']);
    expect(history.all().find((r) => r.finding.fileId === 'a2')?.fixedAt).toBe(at(12).toISOString());
  });

  it('resolves nothing for a run killed before its scope was complete', () => {
    const history = sqliteSharingHistory(db);
    const first = history.beginRun('full', at(0));
    for (const id of ['a1', 'a2', 'a3']) history.upsert(first, finding(id), SCOPE_A, 's', at(1));
    history.completeScope(first, SCOPE_A, at(2));
    history.finishRun(first, at(3));

    // The second run sees one item and is killed: no completeScope, no finishRun.
    const killed = history.beginRun('full', at(10));
    history.upsert(killed, finding('a1'), SCOPE_A, 's', at(11));
    expect(history.open()).toHaveLength(3);

    // Rerun from scratch: the same results as an uninterrupted run.
    const rerun = history.beginRun('full', at(20));
    for (const id of ['a1', 'a2', 'a3']) history.upsert(rerun, finding(id), SCOPE_A, 's', at(21));
    history.completeScope(rerun, SCOPE_A, at(22));
    expect(history.open().map((r) => r.finding.fileId)).toEqual(['a1', 'a2', 'a3']);
    expect(history.runs().map((r) => r.finishedAt !== undefined)).toEqual([true, false, false]);
  });

  it('moves an item to the scope it was last seen in', () => {
    const history = sqliteSharingHistory(db);
    const run = history.beginRun('full', at(0));
    history.upsert(run, finding('moved'), SCOPE_A, 's', at(1));
    history.upsert(run, finding('moved'), SCOPE_B, 's', at(2));
    const second = history.beginRun('full', at(10));
    history.upsert(second, finding('moved'), SCOPE_B, 's', at(11));
    history.completeScope(second, SCOPE_A, at(12));
    expect(history.open().map((r) => r.scopeKey)).toEqual([SCOPE_B]);
  });

  it('caches scanned types by signature, and keeps them through an unscanned sighting', () => {
    const history = sqliteSharingHistory(db);
    const run = history.beginRun('full', at(0));
    history.upsert(run, finding('f1', 'critical', ['upn', 'health', 'upn']), SCOPE_A, 'mod-1', at(1));
    history.upsert(run, finding('clean', 'low', []), SCOPE_A, 'mod-1', at(1), true);
    history.upsert(run, finding('unscanned'), SCOPE_A, 'mod-1', at(1));
    expect(history.cachedSensitive('f1', 'mod-1')).toEqual(['health', 'upn']);
    expect(history.cachedSensitive('clean', 'mod-1')).toEqual([]);
    expect(history.cachedSensitive('unscanned', 'mod-1')).toBeUndefined();
    expect(history.cachedSensitive('f1', 'mod-2')).toBeUndefined();
    expect(history.cachedSensitive('missing', 'mod-1')).toBeUndefined();

    const next = history.beginRun('incremental', at(10));
    history.upsert(next, finding('f1', 'medium'), SCOPE_A, 'mod-1', at(11), false);
    expect(history.cachedSensitive('f1', 'mod-1')).toEqual(['health', 'upn']);
    history.upsert(next, finding('f1', 'medium'), SCOPE_A, 'mod-2', at(12), false);
    expect(history.cachedSensitive('f1', 'mod-1')).toBeUndefined();
    expect(history.cachedSensitive('f1', 'mod-2')).toBeUndefined();
    expect(history.open().find((r) => r.finding.fileId === 'f1')?.scanned).toBe(false);
  });

  it('keeps the cache of a fixed item: its content has not changed', () => {
    const history = sqliteSharingHistory(db);
    const run = history.beginRun('full', at(0));
    history.upsert(run, finding('f1', 'critical', ['sen']), SCOPE_A, 'mod-1', at(1));
    history.resolve('f1', at(2));
    expect(history.cachedSensitive('f1', 'mod-1')).toEqual(['sen']);
  });

  it('counts each run for the trend chart', () => {
    const history = sqliteSharingHistory(db);
    const first = history.beginRun('full', at(0));
    history.upsert(first, finding('a', 'critical'), SCOPE_A, 's', at(1));
    history.upsert(first, finding('b', 'high'), SCOPE_A, 's', at(1));
    history.upsert(first, finding('c', 'low'), SCOPE_A, 's', at(1));
    history.finishRun(first, at(5));

    const second = history.beginRun('incremental', at(10));
    history.upsert(second, finding('d', 'high'), SCOPE_A, 's', at(11));
    history.upsert(second, finding('a', 'critical'), SCOPE_A, 's', at(11));
    history.resolve('c', at(12));
    history.finishRun(second, at(15));
    history.finishRun(second, at(15));

    expect(history.runs()).toEqual([
      {
        id: first,
        mode: 'full',
        startedAt: at(0).toISOString(),
        finishedAt: at(5).toISOString(),
        counts: { open: { critical: 1, high: 1, medium: 0, low: 1 }, newlyFound: 3, fixed: 0, seen: 3 },
      },
      {
        id: second,
        mode: 'incremental',
        startedAt: at(10).toISOString(),
        finishedAt: at(15).toISOString(),
        counts: { open: { critical: 1, high: 2, medium: 0, low: 0 }, newlyFound: 1, fixed: 1, seen: 2 },
      },
    ]);
  });

  it('keeps providers apart when given one', () => {
    const google = sqliteSharingHistory(db, 'google');
    const microsoft = sqliteSharingHistory(db, 'microsoft');
    const g = google.beginRun('full', at(0));
    const m = microsoft.beginRun('full', at(0));
    google.upsert(g, finding('same-id'), SCOPE_A, 's', at(1));
    microsoft.upsert(m, { ...finding('same-id'), provider: 'microsoft' }, 'drive:b!x', 's', at(1));
    microsoft.resolve('same-id', at(2));
    expect(google.open()).toHaveLength(1);
    expect(microsoft.open()).toHaveLength(0);
    expect(google.runs().map((r) => r.id)).toEqual([g]);
    expect(google.runs()[0]?.provider).toBe('google');
    expect(sqliteSharingHistory(db).all()).toHaveLength(2);
    expect(() => google.upsert(g, { ...finding('x'), provider: 'microsoft' }, SCOPE_A, 's', at(3))).toThrow(
      /microsoft finding given to the google history/,
    );
  });

  it('refuses a run id it never began', () => {
    const history = sqliteSharingHistory(db);
    expect(() => history.upsert(42, finding('f'), SCOPE_A, 's', at(1))).toThrow(/run 42 does not exist/);
    expect(() => history.completeScope(42, SCOPE_A, at(1))).toThrow(/run 42/);
    expect(() => history.finishRun(42, at(1))).toThrow(/run 42/);
  });

  it('reports a damaged row clearly instead of guessing', () => {
    const history = sqliteSharingHistory(db);
    const run = history.beginRun('full', at(0));
    history.upsert(run, finding('f1'), SCOPE_A, 's', at(1));
    db.prepare('UPDATE sharing_items SET exposure = \'["everyone"]\'').run();
    expect(() => history.open()).toThrow(/sharing_items row \(google, f1\) has an unreadable exposure column/);
  });

  it('keeps its history in a file across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-history-'));
    try {
      const file = join(dir, 'state.sqlite');
      const first = openStateDb(file);
      const history = sqliteSharingHistory(first);
      const run = history.beginRun('full', at(0));
      history.upsert(run, finding('f1', 'high', ['nhs_number']), SCOPE_A, 'mod', at(1));
      history.finishRun(run, at(2));
      first.close();

      const second = openStateDb(file);
      const reopened = sqliteSharingHistory(second);
      expect(reopened.open().map((r) => r.finding.sensitive)).toEqual([['nhs_number']]);
      expect(reopened.cachedSensitive('f1', 'mod')).toEqual(['nhs_number']);
      expect(reopened.runs()).toHaveLength(1);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
