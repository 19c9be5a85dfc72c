/**
 * Runs script functions as Apps Script executions and interleaves them.
 *
 * Real executions run in parallel; here they share one JavaScript thread. Interleaving is modelled by
 * preemption: while draining the queue, any service call of the running execution may start another
 * queued execution on top of it (seeded, so a failing order replays). The started one cannot block on a
 * lock held by an execution below it, so it is suspended instead: every later service call it makes
 * throws, and once the lock is free it is replayed from the start. Replaying is the same as having
 * waited only if nothing was changed before the wait, so an execution that made a mutating call
 * before being suspended fails the test (FakeHarnessError) rather than being replayed unfaithfully.
 */
import { FakeHarnessError } from '../errors';
import { Execution, type ExecutionOptions, type ExecutionState } from './execution';
import { seededRandom } from './random';

export interface ScriptHost {
  /** Whether the script defines this top-level function. */
  has(functionName: string): boolean;
  /** Runs one top-level function of the script in a fresh environment, as each Apps Script execution is. */
  invoke(functionName: string, args: readonly unknown[], execution: Execution): unknown;
}

export interface DrainOptions {
  /** Seed of the interleaving. */
  readonly seed?: number;
  /** Chance, at each service call, of starting another queued execution on top of the running one. */
  readonly preemption?: number;
  /** Most executions in progress at once. */
  readonly maxConcurrent?: number;
}

/** Thrown into a suspended execution; never meant to be handled by script code. */
export class SuspendedForLock extends Error {
  constructor(readonly lockKey: string) {
    super(`execution suspended: waiting for ${lockKey}`);
    this.name = 'SuspendedForLock';
  }
}

interface Scheduler {
  readonly random: () => number;
  readonly preemption: number;
  readonly maxConcurrent: number;
}

export class Runtime {
  host: ScriptHost | undefined;
  readonly pending: Execution[] = [];
  readonly finished: Execution[] = [];
  /** Which execution holds each lock ("script", "document:<id>", "user:<email>"). */
  readonly locks = new Map<string, Execution>();
  /** Harness mistakes found inside executions, kept because script code may catch what is thrown. */
  readonly harnessErrors: FakeHarnessError[] = [];
  private readonly stack: Execution[] = [];
  private scheduler: Scheduler | undefined;
  private nextId = 1;

  constructor(private readonly defaults: () => ExecutionOptions) {}

  current(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** The running execution; service calls outside one are a harness mistake. */
  requireCurrent(): Execution {
    const execution = this.current();
    if (!execution) throw new FakeHarnessError('Apps Script service called outside an execution: use world.run()');
    return execution;
  }

  /** Runs a function now, as a user clicking Run would; its error is rethrown. */
  call(functionName: string, args: readonly unknown[] = [], options: ExecutionOptions = {}): unknown {
    const execution = this.create(functionName, args, options);
    this.attempt(execution);
    if (execution.state === 'failed') throw execution.error;
    if (execution.state !== 'done') throw new FakeHarnessError(`${execution.label} did not finish`);
    return execution.result;
  }

  /**
   * Runs test code as if it were one execution (for tests of the TypeScript modules, which call the
   * services from globalThis): synchronous work runs at once; a promise keeps the execution current
   * until it settles, so nothing else may run in between.
   */
  within<T>(work: () => T, options: ExecutionOptions = {}): T {
    const execution = this.create('(test code)', [], options);
    execution.state = 'running';
    execution.attempts = 1;
    this.stack.push(execution);
    const finish = () => {
      this.stack.splice(this.stack.indexOf(execution), 1);
      for (const [key, holder] of [...this.locks]) if (holder === execution) this.locks.delete(key);
      execution.state = 'done';
    };
    let result: T;
    try {
      result = work();
    } catch (error) {
      finish();
      throw error;
    }
    if (result instanceof Promise) {
      return result.finally(finish) as T;
    }
    finish();
    return result;
  }

  /** Queues an execution (a trigger firing); it runs on the next drain(). */
  enqueue(functionName: string, args: readonly unknown[] = [], options: ExecutionOptions = {}): Execution {
    const execution = this.create(functionName, args, options);
    this.pending.push(execution);
    return execution;
  }

  /** Runs every queued execution, interleaved as the options say, and returns them in finishing order. */
  drain(options: DrainOptions = {}): Execution[] {
    const before = this.finished.length;
    this.scheduler = {
      random: seededRandom(options.seed ?? 1),
      preemption: options.preemption ?? 0,
      maxConcurrent: options.maxConcurrent ?? 4,
    };
    try {
      while (this.pending.length > 0) {
        const next = this.takeEligible(() => 0);
        if (!next) throw new FakeHarnessError('queued executions wait for a lock nobody releases');
        this.attempt(next);
      }
    } finally {
      this.scheduler = undefined;
    }
    const mistake = this.harnessErrors[0];
    if (mistake) throw mistake;
    return this.finished.slice(before);
  }

  /** Called by the boundary before every service call of a script. */
  beforeServiceCall(): void {
    const execution = this.requireCurrent();
    if (execution.state === 'suspended') throw new SuspendedForLock(execution.waitingForLock ?? 'a lock');
    const scheduler = this.scheduler;
    if (!scheduler || scheduler.preemption <= 0 || this.stack.length >= scheduler.maxConcurrent) return;
    if (scheduler.random() >= scheduler.preemption) return;
    const other = this.takeEligible((count) => Math.floor(scheduler.random() * count));
    if (other) this.attempt(other);
  }

  noteEffect(spreadsheetWrite: boolean): void {
    const execution = this.requireCurrent();
    execution.effects += 1;
    if (spreadsheetWrite) execution.unflushedWrites += 1;
  }

  /** Tries to take a lock for the running execution: false when another execution holds it. */
  tryAcquire(key: string): boolean {
    const execution = this.requireCurrent();
    const holder = this.locks.get(key);
    if (holder && holder !== execution) return false;
    this.locks.set(key, execution);
    return true;
  }

  release(key: string): void {
    if (this.locks.get(key) === this.current()) this.locks.delete(key);
  }

  holds(key: string): boolean {
    return this.locks.get(key) === this.current();
  }

  /** Stops the running execution where it would block on a busy lock; it is replayed once the lock is free. */
  suspendForLock(key: string): never {
    const execution = this.requireCurrent();
    if (!this.scheduler) {
      throw new FakeHarnessError(`${execution.label} would wait forever for ${key}: it is held outside drain()`);
    }
    execution.state = 'suspended';
    execution.waitingForLock = key;
    throw new SuspendedForLock(key);
  }

  private create(functionName: string, args: readonly unknown[], options: ExecutionOptions): Execution {
    return new Execution(this.nextId++, functionName, args, { ...this.defaults(), ...options });
  }

  private takeEligible(pick: (count: number) => number): Execution | undefined {
    const eligible = this.pending.filter((e) => !e.waitingForLock || !this.locks.has(e.waitingForLock));
    if (eligible.length === 0) return undefined;
    const chosen = eligible[pick(eligible.length)]!;
    this.pending.splice(this.pending.indexOf(chosen), 1);
    return chosen;
  }

  private attempt(execution: Execution): void {
    if (!this.host) throw new FakeHarnessError('no script loaded: call loadBundle() or useModules() first');
    execution.state = 'running';
    execution.waitingForLock = undefined;
    execution.attempts += 1;
    execution.effects = 0;
    execution.unflushedWrites = 0;
    this.stack.push(execution);
    try {
      execution.result = this.host.invoke(execution.functionName, execution.args, execution);
      if (execution.state === 'running') execution.state = 'done';
    } catch (error) {
      if (execution.state === 'running') {
        execution.state = 'failed';
        execution.error = error;
      }
    } finally {
      this.stack.pop();
      // Apps Script releases an execution's locks when it ends.
      for (const [key, holder] of [...this.locks]) if (holder === execution) this.locks.delete(key);
    }
    // The script may have suspended itself through a lock call, which TypeScript cannot see.
    if ((execution.state as ExecutionState) === 'suspended') {
      if (execution.effects > 0) {
        const mistake = new FakeHarnessError(
          `${execution.label} changed something before waiting for ${execution.waitingForLock}; ` +
            'the fakes cannot replay it faithfully (take the lock before any write)',
        );
        this.harnessErrors.push(mistake);
        throw mistake;
      }
      this.pending.unshift(execution);
      return;
    }
    this.finished.push(execution);
  }
}
