/**
 * What goes wrong on the way: an account whose Drive always fails, Google throttling, and files whose
 * sharing changes between passes (history: fixed, and open again).
 */
import { smallSchoolExpectedFindings } from '../emulators/google';
import { rowsOf } from './world';
import { auditHarness, findingsOf, logEvents, type AuditHarness } from './sharing-harness';

const KHAN = 'a.khan@oakfield.sch.uk';
const khanFiles = ['f-progress-tracker', 'f-lookalike'];
const allIds = smallSchoolExpectedFindings.map((f) => f.fileId).sort((a, b) => a.localeCompare(b));

let harness: AuditHarness;

beforeEach(async () => {
  harness = await auditHarness();
});

afterEach(async () => {
  await harness.close();
});

function statusOf(fileId: string): unknown {
  return rowsOf(harness.audit()).find((row) => row['File ID'] === fileId)?.Status;
}

describe('a user whose Drive fails', () => {
  it('is recorded in the Audit Log and the audit goes on with everyone else', () => {
    harness.emulator.failingUsers.add(KHAN);
    harness.untilComplete({ budgetMs: 1 });
    expect(findingsOf(harness.audit()).map((f) => f.fileId)).toEqual(allIds.filter((id) => !khanFiles.includes(id)));
    const failures = logEvents(harness.log()).filter((entry) => entry.event === 'failed');
    expect(failures).toEqual([{ event: 'failed', scope: `user:${KHAN}`, detail: expect.stringMatching(/HTTP 500/) }]);
    expect(failures[0]!.detail).not.toMatch(/Bearer|test:/);
    const complete = logEvents(harness.log()).find((entry) => entry.event === 'pass complete');
    expect(complete?.detail).toMatch(/1 failed/);
  });

  it('keeps that user’s earlier findings open rather than calling them fixed', () => {
    harness.slice();
    harness.emulator.failingUsers.add(KHAN);
    harness.world.advance(24 * 3600_000);
    harness.untilComplete();
    for (const id of khanFiles) expect(statusOf(id)).toBe('open');
  });
});

describe('history across passes', () => {
  it('marks a file fixed when a complete pass no longer finds it exposed, and opens it again', () => {
    harness.slice();
    expect(statusOf('f-newsletter')).toBe('open');
    const told = rowsOf(harness.audit()).find((row) => row['File ID'] === 'f-newsletter')!['Owner told'];
    expect(told).toBeInstanceOf(Date);

    expect(harness.emulator.tenant.removePermission('f-newsletter', 'anyone')).toBe(true);
    harness.emulator.tenant.trash('f-staff-handbook');
    harness.world.advance(24 * 3600_000);
    harness.untilComplete();
    expect(statusOf('f-newsletter')).toBe('fixed');
    expect(statusOf('f-staff-handbook')).toBe('fixed');
    expect(statusOf('f-trip-consent')).toBe('open');
    expect(logEvents(harness.log()).filter((e) => e.event === 'pass complete')[1]!.detail).toMatch(/2 fixed/);

    harness.emulator.tenant.addPermission('f-newsletter', { type: 'anyone', role: 'reader', allowFileDiscovery: true });
    const sentBefore = harness.world.sent.length;
    harness.world.advance(24 * 3600_000);
    harness.untilComplete();
    harness.slice();
    const row = rowsOf(harness.audit()).find((r) => r['File ID'] === 'f-newsletter')!;
    expect(row.Status).toBe('open');
    // Exposed again after a fix: the owner hears about it again, and only about it.
    const again = harness.world.sent.slice(sentBefore);
    expect(again.map((mail) => mail.to)).toEqual([['office@oakfield.sch.uk']]);
    expect(again[0]!.body).toContain('Summer newsletter');
    expect(again[0]!.body).not.toContain('Parents evening');
  });
});

describe('Google throttling', () => {
  it('retries rate limits and server errors with backoff and ends with the same findings', () => {
    harness.emulator.faults.random({ rate: 0.2, seed: 7, retryAfter: 3 });
    harness.untilComplete({ budgetMs: 1 });
    expect(harness.emulator.faults.randomHits).toBeGreaterThan(3);
    expect(findingsOf(harness.audit()).map((f) => f.fileId)).toEqual(allIds);
    expect(logEvents(harness.log()).filter((e) => e.event === 'failed')).toEqual([]);
  });

  it('waits as long as Retry-After says before asking again', () => {
    harness.emulator.faults.add({ path: '/drive/v3/drives', status: 429, retryAfter: 42, times: 1 });
    harness.slice();
    const calls = harness.world.fetches.filter((f) => f.url.includes('/drive/v3/drives?'));
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.at.getTime() - calls[0]!.at.getTime()).toBeGreaterThanOrEqual(42_000);
  });

  it('stops a slice rather than wait past its time, and the next slice carries on', () => {
    harness.emulator.faults.add({ path: '/admin/directory/v1/users', status: 429, retryAfter: 400, times: 3 });
    const start = harness.world.now().getTime();
    const first = harness.slice();
    expect(first).toMatchObject({ completedPass: false, pages: 0 });
    // It gave up rather than wait past its hard limit, well inside Apps Script's six minutes.
    expect(harness.world.now().getTime() - start).toBeLessThan(6 * 60_000);
    expect(logEvents(harness.log()).filter((e) => e.event === 'failed')).toEqual([]);
    harness.world.advance(10 * 60_000);
    expect(harness.slice()).toMatchObject({ completedPass: true });
    expect(findingsOf(harness.audit()).map((f) => f.fileId)).toEqual(allIds);
  });
});
