import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { memoryCheckpointStore, sqliteCheckpointStore } from '../../../connectors/state/checkpoint-store';
import { openStateDb, type StateDb } from '../../../connectors/state/database';

interface AuditCheckpoint {
  runId: number;
  scopes: { key: string; pageToken?: string; done: boolean }[];
}

const schema: z.ZodType<AuditCheckpoint> = z.object({
  runId: z.number().int(),
  scopes: z.array(z.object({ key: z.string(), pageToken: z.string().optional(), done: z.boolean() })),
});

const STATE: AuditCheckpoint = {
  runId: 3,
  scopes: [
    { key: 'user:a@oakfield.sch.uk', done: true },
    { key: 'user:b@oakfield.sch.uk', pageToken: 'tok~2', done: false },
  ],
};

describe('sqliteCheckpointStore', () => {
  let db: StateDb;
  beforeEach(() => {
    db = openStateDb(':memory:');
  });
  afterEach(() => db.close());

  it('saves, loads, overwrites and clears a job’s checkpoint', () => {
    const store = sqliteCheckpointStore<AuditCheckpoint>(db, { schema });
    expect(store.load('audit-google')).toBeUndefined();
    store.save('audit-google', STATE);
    expect(store.load('audit-google')).toEqual(STATE);
    const next = { ...STATE, runId: 4 };
    store.save('audit-google', next);
    expect(store.load('audit-google')).toEqual(next);
    store.clear('audit-google');
    store.clear('audit-google');
    expect(store.load('audit-google')).toBeUndefined();
  });

  it('keeps jobs apart', () => {
    const store = sqliteCheckpointStore<AuditCheckpoint>(db);
    store.save('a', STATE);
    store.save('b', { runId: 9, scopes: [] });
    expect((store.load('a') as AuditCheckpoint).runId).toBe(3);
    expect((store.load('b') as AuditCheckpoint).runId).toBe(9);
  });

  it('stamps each save with the clock', () => {
    const store = sqliteCheckpointStore<AuditCheckpoint>(db, { now: () => new Date('2025-03-10T08:00:00Z') });
    store.save('a', STATE);
    expect(db.prepare('SELECT updated_at FROM checkpoints WHERE job = ?').get('a')).toEqual({
      updated_at: '2025-03-10T08:00:00.000Z',
    });
  });

  it('reports a checkpoint that does not match the schema, naming where', () => {
    const store = sqliteCheckpointStore<AuditCheckpoint>(db, { schema });
    db.prepare("INSERT INTO checkpoints (job, state, updated_at) VALUES ('a', ?, 'x')").run(
      JSON.stringify({ runId: 'three', scopes: [] }),
    );
    expect(() => store.load('a')).toThrow(/checkpoint of job "a" does not have the expected shape \(at runId\)/);
    db.prepare("UPDATE checkpoints SET state = '{broken' WHERE job = 'a'").run();
    expect(() => store.load('a')).toThrow(/checkpoint of job "a" is not valid JSON/);
  });

  it('refuses a state that JSON cannot hold', () => {
    const store = sqliteCheckpointStore<unknown>(db);
    expect(() => store.save('a', undefined)).toThrow(/cannot be saved as JSON/);
  });

  it('survives closing and reopening the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-checkpoint-'));
    try {
      const file = join(dir, 'nested', 'state.sqlite');
      const first = openStateDb(file);
      sqliteCheckpointStore<AuditCheckpoint>(first).save('audit', STATE);
      first.close();
      const second = openStateDb(file);
      expect(sqliteCheckpointStore<AuditCheckpoint>(second, { schema }).load('audit')).toEqual(STATE);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('memoryCheckpointStore', () => {
  it('copies states like the real store, so later changes to the object are not saved', () => {
    const store = memoryCheckpointStore<AuditCheckpoint>();
    const state = { runId: 1, scopes: [] as AuditCheckpoint['scopes'] };
    store.save('a', state);
    state.runId = 2;
    expect((store.load('a') as AuditCheckpoint).runId).toBe(1);
    expect(store.jobs()).toEqual(['a']);
    store.clear('a');
    expect(store.load('a')).toBeUndefined();
  });
});
