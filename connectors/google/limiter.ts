/**
 * One limiter for every Google call sos makes, so that a whole-school audit stays inside Google's quotas
 * instead of hammering them and living on retries: a cap on requests in flight, request-rate buckets per
 * impersonated user and for the project (Drive's documented 12,000 queries per minute each, research
 * google.md §1), and the only retry loop (googleapis' own is switched off in clients.ts, so a call is never
 * retried twice over).
 */
import { backoffDelay, classifyFailure, type Failure, GoogleApiError } from './retry';

export interface GoogleLimiterOptions {
  /** Requests in flight at once, all users together (default 10). */
  readonly concurrency?: number;
  /** Requests per minute per impersonated user (default 12,000). */
  readonly perUserPerMinute?: number;
  /** Requests per minute for the whole project (default 12,000). */
  readonly perProjectPerMinute?: number;
  /** Retries after the first attempt before giving up (default 7: about two minutes of backoff). */
  readonly maxRetries?: number;
  /** First backoff ceiling; doubles each retry (default 1,000 ms). Tests make it tiny. */
  readonly baseDelayMs?: number;
  /** Backoff ceiling (default 64,000 ms). */
  readonly maxDelayMs?: number;
  /** A Retry-After longer than this fails the call instead of stalling the run (default 10 minutes). */
  readonly maxRetryAfterMs?: number;
  /** [0, 1) source for jitter (default Math.random). */
  readonly random?: () => number;
  /** Time source and sleep (default the real clock). */
  readonly clock?: LimiterClock;
  /** Told about every retry before its wait: progress lines, bench, tests. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface RetryEvent {
  readonly label: string;
  readonly user: string;
  /** 1 for the first retry. */
  readonly retry: number;
  /** How long the limiter waits before it. */
  readonly delayMs: number;
  /** What Google asked for, when it sent Retry-After. */
  readonly retryAfterMs?: number;
  readonly throttled: boolean;
  /** e.g. "HTTP 429 rateLimitExceeded", "network error ECONNRESET". */
  readonly cause: string;
}

export interface LimiterStats {
  /** HTTP requests sent, retries included. */
  readonly requests: number;
  readonly retries: number;
  /** Answers that were quota refusals (429, 403 rate limit). */
  readonly throttled: number;
  /** Calls that failed for good. */
  readonly failures: number;
  /** Time spent in backoff (ms). */
  readonly backoffMs: number;
  /** Time spent waiting for the rate buckets (ms). */
  readonly rateWaitMs: number;
}

export interface GoogleLimiter {
  /**
   * Runs `call` (one HTTP request) as `user` within the limits, retrying what is worth retrying.
   * `label` names the call in errors ("drive.files.list"). Throws GoogleApiError.
   */
  run<T>(user: string, label: string, call: () => Promise<T>): Promise<T>;
  stats(): LimiterStats;
}

export const GOOGLE_LIMIT_DEFAULTS = {
  concurrency: 10,
  perUserPerMinute: 12_000,
  perProjectPerMinute: 12_000,
  maxRetries: 7,
  baseDelayMs: 1_000,
  maxDelayMs: 64_000,
  maxRetryAfterMs: 600_000,
} as const;

const realClock: LimiterClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function createGoogleLimiter(options: GoogleLimiterOptions = {}): GoogleLimiter {
  const o = { ...GOOGLE_LIMIT_DEFAULTS, ...definedOnly(options) };
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  if (!(o.concurrency >= 1)) throw new RangeError('Google limiter: concurrency must be at least 1');
  if (!(o.perUserPerMinute > 0) || !(o.perProjectPerMinute > 0))
    throw new RangeError('Google limiter: request rates must be positive');
  const slots = new Semaphore(Math.floor(o.concurrency));
  const project = new RateBucket(o.perProjectPerMinute, clock.now());
  const users = new Map<string, RateBucket>();
  const counters = { requests: 0, retries: 0, throttled: 0, failures: 0, backoffMs: 0, rateWaitMs: 0 };

  const userBucket = (user: string): RateBucket => {
    const key = user.toLowerCase();
    let bucket = users.get(key);
    if (!bucket) {
      // A school has thousands of accounts; a bucket back at full is the same as a new one.
      if (users.size >= 2_000) for (const [k, b] of users) if (b.isFull(clock.now())) users.delete(k);
      bucket = new RateBucket(o.perUserPerMinute, clock.now());
      users.set(key, bucket);
    }
    return bucket;
  };

  return {
    async run<T>(user: string, label: string, call: () => Promise<T>): Promise<T> {
      for (let retry = 0; ; retry += 1) {
        const now = clock.now();
        const wait = Math.max(userBucket(user).reserve(now), project.reserve(now));
        if (wait > 0) {
          counters.rateWaitMs += wait;
          await clock.sleep(wait);
        }
        await slots.acquire();
        counters.requests += 1;
        let failure: Failure;
        try {
          return await call();
        } catch (err) {
          failure = classifyFailure(err, clock.now());
        } finally {
          slots.release();
        }
        if (failure.retry && failure.throttled) counters.throttled += 1;
        const attempts = retry + 1;
        const giveUp = (why: string) => {
          counters.failures += 1;
          return new GoogleApiError(
            `${label} as ${user}: ${failure.summary}${why}`,
            label,
            user,
            failure.status,
            failure.reason,
            attempts,
          );
        };
        if (!failure.retry) throw giveUp('');
        if (retry >= o.maxRetries) throw giveUp(` (gave up after ${attempts} attempts)`);
        if (failure.retryAfterMs !== undefined && failure.retryAfterMs > o.maxRetryAfterMs) {
          throw giveUp(` (Google asked to wait ${Math.ceil(failure.retryAfterMs / 1000)} s)`);
        }
        // Retry-After is a floor: never come back sooner than Google asked.
        const delayMs = Math.max(failure.retryAfterMs ?? 0, backoffDelay(retry, o.baseDelayMs, o.maxDelayMs, random));
        counters.retries += 1;
        counters.backoffMs += delayMs;
        options.onRetry?.({
          label,
          user,
          retry: retry + 1,
          delayMs,
          ...(failure.retryAfterMs !== undefined && { retryAfterMs: failure.retryAfterMs }),
          throttled: failure.throttled,
          cause: failure.summary,
        });
        if (delayMs > 0) await clock.sleep(delayMs);
      }
    },
    stats: () => ({ ...counters }),
  };
}

/**
 * A token bucket holding one second's worth of requests, refilled continuously at the per-minute rate.
 * Reservations may drive it negative: each caller is told how long until its own token exists, so
 * waiting callers are served in order without polling.
 */
class RateBucket {
  private readonly perMs: number;
  private readonly capacity: number;
  private tokens: number;
  private last: number;

  constructor(perMinute: number, now: number) {
    this.perMs = perMinute / 60_000;
    this.capacity = Math.max(1, Math.floor(perMinute / 60));
    this.tokens = this.capacity;
    this.last = now;
  }

  /** Takes a token; returns how long (ms) to wait before using it. */
  reserve(now: number): number {
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.perMs);
  }

  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
      this.last = now;
    }
  }
}

class Semaphore {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
