/**
 * The script lock around work that issues numbers or appends rows. Apps Script runs form-submit
 * triggers in parallel, and only this lock makes "read the last reference, write the next" atomic.
 * Pending sheet writes are flushed before the lock is released, or the next execution could read
 * the sheet without them (Google's own LockService example does the same).
 */

/** Longest wait for another execution to finish: Apps Script's executions last 6 minutes at most. */
export const LOCK_WAIT_MS = 30_000;

function acquire(): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getScriptLock();
  lock.waitLock(LOCK_WAIT_MS);
  return lock;
}

function release(lock: GoogleAppsScript.Lock.Lock): void {
  SpreadsheetApp.flush();
  lock.releaseLock();
}

export function withScriptLock<T>(work: () => T): T {
  const lock = acquire();
  try {
    return work();
  } finally {
    release(lock);
  }
}

/** For core's async flows: the lock is held until the awaited work settles. */
export async function withScriptLockAsync<T>(work: () => T | Promise<T>): Promise<T> {
  const lock = acquire();
  try {
    return await work();
  } finally {
    release(lock);
  }
}
