/**
 * Faults for the Google emulator: the Graph emulator's targeted plan (path, method, times) plus Google's
 * error reasons, and a seeded random share of requests that fail the way Google throttles or falters
 * (429, 403 rate limit, 500, 503) — the same seed fails the same requests, so a failing run replays.
 */
import { FaultPlan, type FaultSpec } from '../graph/faults';

export interface GoogleFaultSpec extends FaultSpec {
  /** Matched against the decoded path, e.g. `/drive/v3/files` or `/drive/v3/files/abc/permissions`. */
  readonly path: RegExp | string;
  /** The `errors[0].reason`; default by status (429 rateLimitExceeded, 403 userRateLimitExceeded, 5xx backendError). */
  readonly reason?: string;
}

export interface RandomFaults {
  /** Share of requests that fail, 0..1. */
  readonly rate: number;
  readonly seed: number;
  /** Seconds sent as Retry-After with a random 429 (default 0, so retrying tests stay fast). */
  readonly retryAfter?: number;
}

/** What the core answers instead of handling the request. */
export interface FaultDecision {
  readonly status?: number;
  readonly reason?: string;
  readonly retryAfter?: number;
  readonly delayMs?: number;
  readonly drop?: boolean;
}

const RANDOM_KINDS: ReadonlyArray<{ status: number; reason: string }> = [
  { status: 429, reason: 'rateLimitExceeded' },
  { status: 403, reason: 'userRateLimitExceeded' },
  { status: 403, reason: 'rateLimitExceeded' },
  { status: 500, reason: 'backendError' },
  { status: 503, reason: 'backendError' },
];

export function defaultReason(status: number): string {
  if (status === 429) return 'rateLimitExceeded';
  if (status === 403) return 'userRateLimitExceeded';
  if (status === 401) return 'authError';
  if (status === 404) return 'notFound';
  if (status >= 500) return 'backendError';
  return 'badRequest';
}

export class GoogleFaults {
  private readonly plan = new FaultPlan();
  private randomConfig: RandomFaults | undefined;
  private state = 0;
  /** Requests failed by the random plan since it was set. */
  randomHits = 0;

  add(spec: GoogleFaultSpec): void {
    this.plan.add(spec);
  }

  /** From now on, `rate` of the requests (chosen by a PRNG seeded with `seed`) fail. */
  random(config: RandomFaults): void {
    if (!(config.rate >= 0 && config.rate <= 1)) throw new Error('random fault rate must be between 0 and 1');
    this.randomConfig = config;
    this.state = config.seed >>> 0;
    this.randomHits = 0;
  }

  clear(): void {
    this.plan.clear();
    this.randomConfig = undefined;
  }

  pending(): GoogleFaultSpec[] {
    return this.plan.pending() as GoogleFaultSpec[];
  }

  /** The fault for this request, if any: a targeted one first, then the random plan. */
  take(method: string, path: string): FaultDecision | undefined {
    const spec = this.plan.take(method, path) as GoogleFaultSpec | undefined;
    if (spec) {
      return {
        ...(spec.status !== undefined
          ? { status: spec.status, reason: spec.reason ?? defaultReason(spec.status) }
          : {}),
        ...(spec.retryAfter !== undefined ? { retryAfter: spec.retryAfter } : {}),
        ...(spec.delayMs !== undefined ? { delayMs: spec.delayMs } : {}),
        ...(spec.drop ? { drop: true } : {}),
      };
    }
    const config = this.randomConfig;
    if (!config || config.rate === 0) return undefined;
    const roll = this.next();
    const pick = this.next();
    if (roll >= config.rate) return undefined;
    this.randomHits += 1;
    const kind = RANDOM_KINDS[Math.floor(pick * RANDOM_KINDS.length)] as { status: number; reason: string };
    return { ...kind, ...(kind.status === 429 ? { retryAfter: config.retryAfter ?? 0 } : {}) };
  }

  /** mulberry32: small, seedable, the same sequence on every platform. */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
