/**
 * Faults injected per request, before the real handler runs: the next `times` matching requests answer
 * with a throttle (429 + Retry-After, or 403 with a rate-limit reason as Gmail sends it), a server
 * error, or a dropped connection.
 */

export interface FaultSpec {
  /** Matched against the path after `users/{userId}`, e.g. `/history`, `/messages/`: a RegExp or a substring. */
  readonly path: RegExp | string;
  /** Only requests acting as this mailbox (the token's address); every mailbox when absent. */
  readonly mailbox?: string;
  /** Answer with this status instead of handling the request (429, 403, 500, 503...). */
  readonly status?: number;
  /** The `errors[0].reason` sent with the status, e.g. `rateLimitExceeded`, `userRateLimitExceeded`. */
  readonly reason?: string;
  /** Seconds, sent as `Retry-After` with the status. */
  readonly retryAfter?: number;
  /** Destroy the connection without an answer. */
  readonly drop?: boolean;
  /** How many matching requests it applies to (default 1; Infinity for a mailbox that always fails). */
  readonly times?: number;
}

interface ActiveFault {
  readonly spec: FaultSpec;
  remaining: number;
}

export class FaultPlan {
  private readonly faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    this.faults.push({ spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The first matching fault with uses left, used up by one. */
  take(path: string, mailbox: string | undefined): FaultSpec | undefined {
    const active = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.spec.mailbox === undefined || f.spec.mailbox.toLowerCase() === mailbox) &&
        (typeof f.spec.path === 'string' ? path.includes(f.spec.path) : f.spec.path.test(path)),
    );
    if (!active) return undefined;
    active.remaining -= 1;
    return active.spec;
  }

  /** Faults not yet used up: a test can assert its fault was really hit. */
  pending(): FaultSpec[] {
    return this.faults.filter((f) => f.remaining > 0).map((f) => f.spec);
  }
}

/** The message Gmail sends with each kind of injected answer. */
export function faultMessage(status: number, reason: string): string {
  if (reason === 'userRateLimitExceeded') return 'User-rate limit exceeded.';
  if (reason === 'rateLimitExceeded') return 'Rate Limit Exceeded';
  if (status === 429) return 'Too many concurrent requests for user.';
  if (status >= 500) return 'Backend Error';
  return `Injected fault ${status}.`;
}

export function faultReason(spec: FaultSpec): string {
  if (spec.reason !== undefined) return spec.reason;
  if (spec.status === 429) return 'rateLimitExceeded';
  if (spec.status !== undefined && spec.status >= 500) return 'backendError';
  return 'forbidden';
}
