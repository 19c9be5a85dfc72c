import { GoogleApiError } from '../../../connectors/google';
import type { AuditScope } from '../../../core/sharing/ports';
import { fullInventory, listAll, startHarness, type Harness } from './harness';

const SMITH: AuditScope = { kind: 'user', email: 'j.smith@oakfield.sch.uk' };
const FILES = /^\/drive\/v3\/files$/;

describe('throttling and failures against the emulator', () => {
  let h: Harness;
  afterEach(async () => {
    await h.emu.close();
  });

  it('waits at least Retry-After after a 429, then succeeds', async () => {
    h = await startHarness();
    h.emu.faults.add({ path: FILES, status: 429, retryAfter: 7 });
    const items = await listAll(h.inventory, SMITH);
    expect(items).toHaveLength(6);
    expect(h.emu.faults.pending()).toEqual([]);
    expect(h.retries).toEqual([expect.objectContaining({ retryAfterMs: 7000, throttled: true, retry: 1 })]);
    expect(h.retries[0]?.delayMs).toBeGreaterThanOrEqual(7000);
    expect(h.waits).toContain(h.retries[0]?.delayMs);
    expect(h.emu.log.entries.map((e) => e.status)).toEqual([429, 200]);
  });

  it('retries a 403 rate limit, a 500 and a dropped connection', async () => {
    h = await startHarness();
    h.emu.faults.add({ path: FILES, status: 403, reason: 'rateLimitExceeded' });
    h.emu.faults.add({ path: FILES, status: 403, reason: 'userRateLimitExceeded' });
    h.emu.faults.add({ path: FILES, status: 500 });
    h.emu.faults.add({ path: FILES, drop: true });
    expect(await listAll(h.inventory, SMITH)).toHaveLength(6);
    expect(h.emu.faults.pending()).toEqual([]);
    expect(h.retries.map((r) => [r.throttled, r.cause.split(':')[0]])).toEqual([
      [true, 'HTTP 403 rateLimitExceeded'],
      [true, 'HTTP 403 userRateLimitExceeded'],
      [false, 'HTTP 500 backendError'],
      [false, expect.stringMatching(/^network error/)],
    ]);
    expect(h.limiter.stats()).toMatchObject({ requests: 5, retries: 4, throttled: 2, failures: 0 });
  });

  it('does not retry a 403 that is not about rates', async () => {
    h = await startHarness();
    h.emu.faults.add({ path: FILES, status: 403, reason: 'domainPolicy' });
    const err = await listAll(h.inventory, SMITH).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GoogleApiError);
    expect(err).toMatchObject({ status: 403, reason: 'domainPolicy', attempts: 1 });
    expect(h.emu.log.entries).toHaveLength(1);
  });

  it('gives up after the retry limit naming the call and the user, never the token', async () => {
    h = await startHarness({ limiter: { maxRetries: 2 } });
    h.emu.failingUsers.add('m.ali@pupils.oakfield.sch.uk');
    const err = await listAll(h.inventory, { kind: 'user', email: 'm.ali@pupils.oakfield.sch.uk' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GoogleApiError);
    const message = (err as Error).message;
    expect(message).toMatch(/^drive\.files\.list as m\.ali@pupils\.oakfield\.sch\.uk: HTTP 500 backendError/);
    expect(message).toContain('gave up after 3 attempts');
    expect(message).not.toContain('test:');
    expect(h.emu.log.entries).toHaveLength(3);
    // Other users are unaffected.
    expect(await listAll(h.inventory, SMITH)).toHaveLength(6);
  });

  it('gives the same inventory when a fifth of all requests fail transiently', async () => {
    h = await startHarness();
    const clean = await fullInventory(h.inventory);
    h.emu.log.clear();
    h.emu.faults.random({ rate: 0.2, seed: 11 });
    const noisy = await fullInventory(h.inventory);
    expect(h.emu.faults.randomHits).toBeGreaterThan(0);
    expect(h.limiter.stats().retries).toBeGreaterThanOrEqual(h.emu.faults.randomHits);
    expect([...noisy.entries()].sort()).toEqual([...clean.entries()].sort());
  });
});
