import {
  backoffDelay,
  classifyFailure,
  createGoogleLimiter,
  GoogleApiError,
  parseRetryAfter,
  type LimiterClock,
  type RetryEvent,
} from '../../../connectors/google';

/** A clock whose sleep only moves time on: the limiter's waits are recorded, never slept. */
function fakeClock(start = 1_000_000): LimiterClock & { slept: number[]; time: number } {
  const clock = {
    time: start,
    slept: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}

/** What gaxios throws for an HTTP error answer (headers as a fetch Headers object). */
function httpError(status: number, reason?: string, headers: Record<string, string> = {}): Error {
  const err = new Error(`Request failed with status code ${status}`);
  Object.assign(err, {
    status,
    response: {
      status,
      headers: new Headers(headers),
      data: { error: { code: status, message: `failure ${status}`, errors: reason ? [{ reason }] : [] } },
    },
  });
  return err;
}

/** What gaxios throws when the socket closes: no response, the code two causes down. */
function droppedConnection(): Error {
  const socket = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
  const fetchFailed = new TypeError('fetch failed', { cause: socket });
  return Object.assign(new Error('Unexpected Gaxios Error'), { cause: fetchFailed });
}

describe('backoff and Retry-After', () => {
  it('full jitter stays under the doubling ceiling and the cap', () => {
    expect(backoffDelay(0, 1000, 64_000, () => 0.999)).toBe(999);
    expect(backoffDelay(3, 1000, 64_000, () => 0.5)).toBe(4000);
    expect(backoffDelay(10, 1000, 64_000, () => 0.5)).toBe(32_000);
    expect(backoffDelay(4, 1000, 64_000, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('classifyFailure', () => {
  const now = 0;
  it.each([
    [httpError(429, 'rateLimitExceeded'), true, true],
    [httpError(403, 'userRateLimitExceeded'), true, true],
    [httpError(403, 'rateLimitExceeded'), true, true],
    [httpError(500, 'backendError'), true, false],
    [httpError(503), true, false],
    [httpError(403, 'insufficientFilePermissions'), false, false],
    [httpError(403, 'exportSizeLimitExceeded'), false, false],
    [httpError(404, 'notFound'), false, false],
    [httpError(400, 'invalid'), false, false],
  ])('%#: HTTP answers', (err, retry, throttled) => {
    const f = classifyFailure(err, now);
    expect(f.retry).toBe(retry);
    if (f.retry) expect(f.throttled).toBe(throttled);
  });

  it('retries dropped connections found down the cause chain', () => {
    expect(classifyFailure(droppedConnection(), now)).toMatchObject({
      retry: true,
      summary: 'network error UND_ERR_SOCKET',
    });
    const hangUp = Object.assign(new Error('request failed, reason: socket hang up'), { code: 'ECONNRESET' });
    expect(classifyFailure(hangUp, now)).toMatchObject({ retry: true });
  });

  it('does not retry our own mistakes', () => {
    expect(classifyFailure(new Error('Missing required parameters: fileId'), now).retry).toBe(false);
  });

  it('reads the reason from a streamed error body (a JSON string)', () => {
    const err = httpError(403);
    (err as unknown as { response: { data: unknown } }).response.data = JSON.stringify({
      error: { code: 403, message: 'too big', errors: [{ reason: 'exportSizeLimitExceeded' }] },
    });
    expect(classifyFailure(err, now)).toMatchObject({ retry: false, reason: 'exportSizeLimitExceeded', status: 403 });
    // The same body as gaxios hands it over from a web stream: its bytes joined by commas.
    const json = JSON.stringify({ error: { code: 403, errors: [{ reason: 'userRateLimitExceeded' }] } });
    (err as unknown as { response: { data: unknown } }).response.data = [...Buffer.from(json)].join(',');
    expect(classifyFailure(err, now)).toMatchObject({ retry: true, throttled: true, reason: 'userRateLimitExceeded' });
  });
});

describe('createGoogleLimiter', () => {
  it('retries throttling, server errors and drops, waiting at least Retry-After', async () => {
    const clock = fakeClock();
    const events: RetryEvent[] = [];
    const limiter = createGoogleLimiter({ clock, baseDelayMs: 10, random: () => 0.5, onRetry: (e) => events.push(e) });
    const failures = [
      httpError(429, 'rateLimitExceeded', { 'retry-after': '3' }),
      httpError(403, 'userRateLimitExceeded'),
      httpError(500, 'backendError'),
      droppedConnection(),
    ];
    let calls = 0;
    const result = await limiter.run('a@school.uk', 'drive.files.list', async () => {
      calls += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(calls).toBe(5);
    expect(events.map((e) => e.retry)).toEqual([1, 2, 3, 4]);
    expect(events[0]).toMatchObject({ retryAfterMs: 3000, throttled: true, label: 'drive.files.list' });
    expect(events[0]?.delayMs).toBeGreaterThanOrEqual(3000);
    // Without Retry-After: half of base·2^retry (random 0.5).
    expect(events.slice(1).map((e) => e.delayMs)).toEqual([10, 20, 40]);
    expect(clock.slept).toEqual([3000, 10, 20, 40]);
    expect(limiter.stats()).toMatchObject({ requests: 5, retries: 4, throttled: 2, failures: 0, backoffMs: 3070 });
  });

  it('does not retry a refusal that is not about rates', async () => {
    const limiter = createGoogleLimiter({ clock: fakeClock() });
    let calls = 0;
    const run = limiter.run('a@school.uk', 'drive.permissions.delete', async () => {
      calls += 1;
      throw httpError(403, 'insufficientFilePermissions');
    });
    await expect(run).rejects.toMatchObject({ name: 'GoogleApiError', status: 403, attempts: 1 });
    expect(calls).toBe(1);
    expect(limiter.stats()).toMatchObject({ requests: 1, retries: 0, failures: 1 });
  });

  it('gives up after maxRetries with an error naming the call and the account', async () => {
    const limiter = createGoogleLimiter({ clock: fakeClock(), maxRetries: 2, baseDelayMs: 1 });
    let calls = 0;
    const err = await limiter
      .run('j.smith@school.uk', 'drive.files.list', async () => {
        calls += 1;
        throw httpError(503);
      })
      .catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect(err).toBeInstanceOf(GoogleApiError);
    const message = (err as Error).message;
    expect(message).toContain('drive.files.list');
    expect(message).toContain('j.smith@school.uk');
    expect(message).toContain('HTTP 503');
    expect(message).toContain('gave up after 3 attempts');
  });

  it('fails rather than stall when Retry-After is beyond the limit', async () => {
    const clock = fakeClock();
    const limiter = createGoogleLimiter({ clock, maxRetryAfterMs: 60_000 });
    const run = limiter.run('a@school.uk', 'drive.files.list', async () => {
      throw httpError(429, 'rateLimitExceeded', { 'retry-after': '3600' });
    });
    await expect(run).rejects.toThrow('Google asked to wait 3600 s');
    expect(clock.slept).toEqual([]);
  });

  it('spaces one user’s requests to the per-user rate, not another user’s', async () => {
    const clock = fakeClock();
    const limiter = createGoogleLimiter({ clock, perUserPerMinute: 60, perProjectPerMinute: 6000 });
    for (let i = 0; i < 3; i += 1) await limiter.run('a@school.uk', 'x', async () => i);
    expect(clock.slept).toEqual([1000, 1000]);
    await limiter.run('b@school.uk', 'x', async () => 0);
    expect(clock.slept).toEqual([1000, 1000]);
    expect(limiter.stats().rateWaitMs).toBe(2000);
  });

  it('spaces all users together to the per-project rate', async () => {
    const clock = fakeClock();
    const limiter = createGoogleLimiter({ clock, perUserPerMinute: 6000, perProjectPerMinute: 120 });
    for (const user of ['a@s.uk', 'b@s.uk', 'c@s.uk', 'd@s.uk']) await limiter.run(user, 'x', async () => 0);
    // Two a second: a burst of two, then one every 500 ms.
    expect(clock.slept).toEqual([500, 500]);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const limiter = createGoogleLimiter({ concurrency: 2, clock: fakeClock() });
    let inFlight = 0;
    let peak = 0;
    const releases: Array<() => void> = [];
    const runs = Array.from({ length: 5 }, (_, i) =>
      limiter.run('a@school.uk', 'x', async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise<void>((resolve) => releases.push(resolve));
        inFlight -= 1;
        return i;
      }),
    );
    for (let released = 0; released < 5;) {
      await new Promise((r) => setImmediate(r));
      const next = releases.shift();
      if (next) {
        next();
        released += 1;
      }
    }
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});
