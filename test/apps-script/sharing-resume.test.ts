/**
 * A slice killed anywhere (Apps Script stops executions at 6 minutes, or a deployment kills one) loses
 * at most the page it was on: rerunning reaches the same Audit rows with nothing doubled. A kill is
 * modelled as Apps Script does it: from some service call on, nothing the script does reaches any
 * service any more, whatever it catches.
 */
import { smallSchoolExpectedFindings } from '../emulators/google';
import type { FakeWorld } from '../fakes';
import { rowsOf } from './world';
import { auditHarness, auditRows, findingsOf, type AuditHarness } from './sharing-harness';

class Killed extends Error {
  constructor() {
    super('execution killed');
    this.name = 'Killed';
  }
}

/** From the `calls`-th service call on, every service call fails. Returns the undo. */
function killAfter(world: FakeWorld, calls: number): () => void {
  const runtime = world.runtime as unknown as { beforeServiceCall: () => void };
  const original = runtime.beforeServiceCall.bind(runtime);
  let left = calls;
  runtime.beforeServiceCall = () => {
    original();
    left -= 1;
    if (left < 0) throw new Killed();
  };
  return () => {
    delete (runtime as { beforeServiceCall?: unknown }).beforeServiceCall;
  };
}

/** A seeded PRNG (mulberry32), so a failing order of kills replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let clean: AuditHarness;
let cleanRows: Record<string, unknown>[];

beforeAll(async () => {
  clean = await auditHarness();
  clean.slice();
  cleanRows = auditRows(clean.audit());
  await clean.close();
});

describe.each([1, 2, 3])('killed at random service calls (seed %i)', (seed) => {
  let harness: AuditHarness;

  afterEach(async () => {
    await harness.close();
  });

  it('reaches the rows of an uninterrupted run, nothing doubled', async () => {
    harness = await auditHarness();
    const next = random(seed);
    let kills = 0;
    let done = false;
    for (let run = 0; run < 300 && !done; run += 1) {
      const undo = killAfter(harness.world, 5 + Math.floor(next() * 90));
      try {
        const outcome = harness.slice({ budgetMs: 1 });
        done = 'completedPass' in outcome && outcome.completedPass;
      } catch (error) {
        if (!(error instanceof Killed)) throw error;
        kills += 1;
      } finally {
        undo();
      }
      // The next trigger fires after a killed slice's lease has lapsed.
      harness.world.advance(10 * 60_000);
    }
    expect(done).toBe(true);
    expect(kills).toBeGreaterThanOrEqual(5);
    const ids = rowsOf(harness.audit()).map((row) => row['File ID']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(auditRows(harness.audit())).toEqual(cleanRows);
    expect(findingsOf(harness.audit()).map((f) => f.fileId)).toEqual(
      smallSchoolExpectedFindings.map((f) => f.fileId).sort((a, b) => a.localeCompare(b)),
    );
  });
});

describe('killed at every service call in turn', () => {
  let harness: AuditHarness;

  afterEach(async () => {
    await harness.close();
  });

  it('loses at most the page under way, whichever call the kill lands on', async () => {
    harness = await auditHarness();
    let at = 1;
    let kills = 0;
    let done = false;
    for (let run = 0; run < 3000 && !done; run += 1) {
      const undo = killAfter(harness.world, at);
      try {
        const outcome = harness.slice({ budgetMs: 1 });
        done = 'completedPass' in outcome && outcome.completedPass;
        // The slice got through: the next one starts the sweep again from its first call.
        at = 1;
      } catch (error) {
        if (!(error instanceof Killed)) throw error;
        kills += 1;
        at += 1;
      } finally {
        undo();
      }
      harness.world.advance(10 * 60_000);
    }
    expect(done).toBe(true);
    expect(kills).toBeGreaterThan(100);
    const ids = rowsOf(harness.audit()).map((row) => row['File ID']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(auditRows(harness.audit())).toEqual(cleanRows);
  });
});

describe('overlapping slices', () => {
  let harness: AuditHarness;

  afterEach(async () => {
    await harness.close();
  });

  it('a slice started while another holds the lease leaves at once', async () => {
    harness = await auditHarness();
    const undo = killAfter(harness.world, 40);
    expect(() => harness.slice({ budgetMs: 1 })).toThrow(Killed);
    undo();
    harness.world.advance(60_000);
    const fetches = harness.world.fetches.length;
    expect(harness.slice()).toEqual({ skipped: 'another slice of the sharing audit is still running' });
    expect(harness.world.fetches.length).toBe(fetches);
    harness.world.advance(6 * 60_000);
    expect(harness.slice()).toMatchObject({ completedPass: true });
  });
});

describe('the school changing between slices', () => {
  let harness: AuditHarness;

  afterEach(async () => {
    await harness.close();
  });

  it('steps over a user who left by address, so nobody after them is skipped', async () => {
    harness = await auditHarness();
    for (let i = 0; i < 3; i += 1) harness.slice({ budgetMs: 1 });
    // a.khan (read in the first slice) leaves: everyone after moves up one place in the Directory.
    harness.emulator.tenant.user('a.khan@oakfield.sch.uk')!.suspended = true;
    harness.untilComplete({ budgetMs: 1 });
    expect(auditRows(harness.audit())).toEqual(cleanRows);
  });

  it('reads a user again from the start when their saved Drive page token has gone stale', async () => {
    harness = await auditHarness();
    harness.slice({ budgetMs: 1 });
    const store = harness.world.scriptProperties();
    const cursor = JSON.parse(store.getProperty('SOS_AUDIT_CURSOR')!) as { users: Record<string, unknown> };
    cursor.users = { ...cursor.users, key: 'head@oakfield.sch.uk', items: 'stale-token' };
    store.setProperty('SOS_AUDIT_CURSOR', JSON.stringify(cursor));
    harness.untilComplete({ budgetMs: 1 });
    const log = rowsOf(harness.log()).map((row) => [row.Event, row.Scope]);
    expect(log).toContainEqual(['listing restarted', 'user:head@oakfield.sch.uk']);
    expect(log.filter(([event]) => event === 'failed')).toEqual([]);
    expect(auditRows(harness.audit())).toEqual(cleanRows);
  });
});
