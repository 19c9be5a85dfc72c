/**
 * The fakes' model of parallel executions: seeded preemption at service calls, a script lock that
 * really serialises (a waiting execution is replayed once the lock is free), and the checks that keep
 * the replay honest. A counter without the lock must lose updates here, or the harness proves nothing.
 */
import { FakeHarnessError, FakeWorld, useModules } from '.';

function counterWorld(withLock: boolean): FakeWorld {
  const world = new FakeWorld({ bound: false });
  const bump = () => {
    const lock = LockService.getScriptLock();
    if (withLock) lock.waitLock(10000);
    const properties = PropertiesService.getScriptProperties();
    const count = Number(properties.getProperty('count') ?? '0');
    Logger.log('read %s', count);
    properties.setProperty('count', String(count + 1));
    if (withLock) lock.releaseLock();
  };
  useModules(world, { bump });
  for (let i = 0; i < 30; i++) world.runtime.enqueue('bump');
  return world;
}

describe('interleaved executions', () => {
  it('lose updates when a read-modify-write is not under the lock', () => {
    const world = counterWorld(false);
    world.runtime.drain({ seed: 7, preemption: 0.5, maxConcurrent: 4 });
    expect(Number(world.scriptProperties().getProperty('count'))).toBeLessThan(30);
  });

  it('lose nothing under the script lock: waiting executions run again once it is free', () => {
    const world = counterWorld(true);
    const runs = world.runtime.drain({ seed: 7, preemption: 0.5, maxConcurrent: 4 });
    expect(Number(world.scriptProperties().getProperty('count'))).toBe(30);
    expect(runs.every((run) => run.state === 'done')).toBe(true);
    expect(runs.some((run) => run.attempts > 1)).toBe(true);
  });

  it('run in the same order for the same seed', () => {
    const order = (seed: number) => {
      const world = counterWorld(true);
      return world.runtime.drain({ seed, preemption: 0.5 }).map((run) => run.label);
    };
    expect(order(3)).toEqual(order(3));
    expect(order(3)).not.toEqual(order(4));
  });

  it('refuse to replay an execution that changed something before waiting for the lock', () => {
    const world = new FakeWorld({ bound: false });
    useModules(world, {
      careless: () => {
        PropertiesService.getScriptProperties().setProperty('touched', 'yes');
        LockService.getScriptLock().waitLock(1000);
        Logger.log('working');
        Logger.log('still working');
      },
    });
    for (let i = 0; i < 10; i++) world.runtime.enqueue('careless');
    expect(() => world.runtime.drain({ seed: 1, preemption: 0.9 })).toThrow(FakeHarnessError);
  });

  it('release an execution’s locks when it ends, as Apps Script does', () => {
    const world = new FakeWorld({ bound: false });
    useModules(world, {
      forgetful: () => LockService.getScriptLock().waitLock(1000),
      next: () => LockService.getScriptLock().tryLock(0),
    });
    world.run('forgetful');
    expect(world.run('next')).toBe(true);
  });

  it('time out instead of waiting when the test says the lock never comes free', () => {
    const world = new FakeWorld({ bound: false });
    useModules(world, {
      impatient: () => LockService.getScriptLock().tryLock(100),
      patient: () => LockService.getScriptLock().waitLock(100),
    });
    world.lockTimeouts = true;
    expect(world.whileLocked(() => world.run('impatient'))).toBe(false);
    expect(() => world.whileLocked(() => world.run('patient'))).toThrow(/Lock timeout/);
  });

  it('notice a lock released before pending sheet writes were flushed', () => {
    const world = new FakeWorld();
    useModules(world, {
      hasty: () => {
        const lock = LockService.getScriptLock();
        lock.waitLock(1000);
        SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!.appendRow(['x']);
        lock.releaseLock();
      },
      careful: () => {
        const lock = LockService.getScriptLock();
        lock.waitLock(1000);
        SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!.appendRow(['y']);
        SpreadsheetApp.flush();
        lock.releaseLock();
      },
    });
    world.run('careful');
    expect(world.warnings).toEqual([]);
    world.run('hasty');
    expect(world.warnings).toEqual([expect.stringMatching(/unflushed/)]);
  });
});
