/**
 * Faults injected per request: the next `times` requests whose path matches answer with a throttle
 * (429 + Retry-After), a server error, a delay, or a dropped connection, before the real handler runs.
 */

export interface FaultSpec {
  /** Matched against the decoded path after the version, e.g. `/sites/s1/lists/l1/items`: a RegExp, or a substring. */
  readonly path: RegExp | string;
  /** Only requests with this method; all methods when absent. */
  readonly method?: string;
  /** Answer with this status instead of handling the request (429, 500, 503, 504...). */
  readonly status?: number;
  /** Seconds, sent as `Retry-After` with the status. */
  readonly retryAfter?: number;
  /** Wait this long first; alone (no status) it makes a slow but otherwise normal response. */
  readonly delayMs?: number;
  /** Destroy the connection without an answer. */
  readonly drop?: boolean;
  /** How many matching requests it applies to (default 1). */
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
  take(method: string, path: string): FaultSpec | undefined {
    const active = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.spec.method === undefined || f.spec.method.toUpperCase() === method) &&
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
