import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStateDb, type StateDb } from '../../../connectors/state/database';
import { sqliteFixLog, type NewFixLogEntry } from '../../../connectors/state/fix-log';

const at = (minutes: number) => new Date(Date.UTC(2025, 2, 10, 8, minutes));

function removal(itemId: string, runId = 1, grantId = 'anyoneWithLink'): NewFixLogEntry {
  return {
    runId,
    provider: 'google',
    scope: { kind: 'user', email: 'j.smith@oakfield.sch.uk' },
    itemId,
    name: `${itemId}.xlsx`,
    owner: 'J.Smith@Oakfield.sch.uk',
    grant: { id: grantId, kind: 'anyone', role: 'writer', discoverable: false, expiresAt: '2026-01-01T00:00:00Z' },
    removedAt: at(1),
  };
}

describe('sqliteFixLog', () => {
  let db: StateDb;
  beforeEach(() => {
    db = openStateDb(':memory:');
  });
  afterEach(() => db.close());

  it('records a removed grant exactly as it was', () => {
    const log = sqliteFixLog(db);
    const id = log.record(removal('f1'));
    expect(log.list()).toEqual([
      {
        id,
        runId: 1,
        provider: 'google',
        scope: { kind: 'user', email: 'j.smith@oakfield.sch.uk' },
        itemId: 'f1',
        name: 'f1.xlsx',
        owner: 'j.smith@oakfield.sch.uk',
        grant: {
          id: 'anyoneWithLink',
          kind: 'anyone',
          role: 'writer',
          discoverable: false,
          expiresAt: '2026-01-01T00:00:00Z',
        },
        removedAt: at(1).toISOString(),
      },
    ]);
  });

  it('keeps the first entry when a resumed run logs the same removal again', () => {
    const log = sqliteFixLog(db);
    const first = log.record(removal('f1'));
    const again = log.record({ ...removal('f1'), removedAt: at(9) });
    expect(again).toBe(first);
    expect(log.list()).toHaveLength(1);
    expect(log.list()[0]?.removedAt).toBe(at(1).toISOString());
    // the same grant removed again in a later run is a new event
    log.record(removal('f1', 2));
    expect(log.list()).toHaveLength(2);
  });

  it('lists by run and item, oldest first, and hides restored entries unless asked', () => {
    const log = sqliteFixLog(db);
    const a = log.record(removal('a', 1));
    log.record(removal('b', 1));
    log.record({ ...removal('c', 2), scope: { kind: 'drive', id: '0AB', name: 'Office' } });
    expect(log.list({ runId: 1 }).map((e) => e.itemId)).toEqual(['a', 'b']);
    expect(log.list({ itemId: 'c' })[0]?.scope).toEqual({ kind: 'drive', id: '0AB', name: 'Office' });
    expect(log.markRestored(a, at(5))).toBe(true);
    expect(log.markRestored(a, at(8))).toBe(true);
    expect(log.list({ runId: 1 }).map((e) => e.itemId)).toEqual(['b']);
    const all = log.list({ runId: 1, includeRestored: true });
    expect(all.map((e) => [e.itemId, e.restoredAt])).toEqual([
      ['a', at(5).toISOString()],
      ['b', undefined],
    ]);
    expect(log.markRestored(999, at(5))).toBe(false);
  });

  it('gives the latest run that removed anything', () => {
    const log = sqliteFixLog(db);
    expect(log.latestRunId()).toBeUndefined();
    log.record(removal('a', 4));
    log.record(removal('b', 2));
    expect(log.latestRunId()).toBe(4);
  });

  it('refuses a malformed grant before writing it', () => {
    const log = sqliteFixLog(db);
    expect(() =>
      log.record({ ...removal('a'), grant: { id: 'x', kind: 'everyone' as never, role: 'reader' } }),
    ).toThrow();
    expect(log.list()).toEqual([]);
  });

  it('is append-only across reopening the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-fixlog-'));
    try {
      const file = join(dir, 'state.sqlite');
      const first = openStateDb(file);
      sqliteFixLog(first).record(removal('a'));
      first.close();
      const second = openStateDb(file);
      const log = sqliteFixLog(second);
      log.record(removal('b'));
      expect(log.list().map((e) => e.itemId)).toEqual(['a', 'b']);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
