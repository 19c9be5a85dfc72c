/**
 * LockService over the runtime's lock table. A lock held by another execution either suspends the
 * caller until it is free (the runtime replays it: see runtime.ts) or, when a test sets
 * `world.lockTimeouts`, times out as a real waitLock does after its wait.
 */
import { AppsScriptError } from './errors';
import { FakeObject } from './fake-object';
import type { Runtime } from './runtime/runtime';

export interface LockHost {
  readonly runtime: Runtime;
  lockTimesOut(): boolean;
  warn(message: string): void;
}

export class FakeLock extends FakeObject {
  override readonly fakeService = 'lock';

  constructor(
    private readonly host: LockHost,
    private readonly key: string,
  ) {
    super();
  }

  tryLock(_timeoutInMillis: number): boolean {
    if (this.host.runtime.tryAcquire(this.key)) return true;
    if (this.host.lockTimesOut()) return false;
    return this.host.runtime.suspendForLock(this.key);
  }

  waitLock(timeoutInMillis: number): void {
    if (this.tryLock(timeoutInMillis)) return;
    throw new AppsScriptError('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this.host.runtime.holds(this.key);
  }

  releaseLock(): void {
    const execution = this.host.runtime.requireCurrent();
    if (this.host.runtime.holds(this.key) && execution.unflushedWrites > 0) {
      // Other executions may not see writes Sheets has not applied yet: call SpreadsheetApp.flush() first.
      this.host.warn(
        `${execution.label} released ${this.key} with ${execution.unflushedWrites} unflushed spreadsheet writes`,
      );
    }
    this.host.runtime.release(this.key);
  }
}

export class FakeLockService extends FakeObject {
  constructor(private readonly host: LockHost & { containerId(): string | undefined; effectiveUser(): string }) {
    super();
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.host, 'script');
  }

  getDocumentLock(): FakeLock | null {
    const id = this.host.containerId();
    return id === undefined ? null : new FakeLock(this.host, `document:${id}`);
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.host, `user:${this.host.effectiveUser()}`);
  }
}
