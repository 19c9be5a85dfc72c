/**
 * What a failed Google call means for the retry loop: which failures are worth another try (rate limits,
 * server errors, dropped connections), how long Google asked us to wait, and the error we finally raise.
 * Google's advice (Drive guides/handle-errors, research google.md §1) is truncated exponential backoff;
 * we add full jitter so that many workers throttled together do not come back together.
 */

/** The last failure of a call, after retries, named by the call and the account it ran as. Never the token. */
export class GoogleApiError extends Error {
  override readonly name = 'GoogleApiError';
  constructor(
    message: string,
    /** The call, e.g. "drive.files.list". */
    readonly label: string,
    /** The account the call acted as. */
    readonly user: string,
    /** HTTP status, absent for network errors. */
    readonly status: number | undefined,
    /** Google's `errors[0].reason`, e.g. "notFound", "exportSizeLimitExceeded". */
    readonly reason: string | undefined,
    readonly attempts: number,
  ) {
    super(message);
  }
}

export type Failure =
  | {
      readonly retry: true;
      /** A quota answer (429, 403 rate limit): counted apart from server errors. */
      readonly throttled: boolean;
      readonly status?: number;
      readonly reason?: string;
      /** From Retry-After (seconds or an HTTP date), in ms from now. */
      readonly retryAfterMs?: number;
      readonly summary: string;
    }
  | { readonly retry: false; readonly status?: number; readonly reason?: string; readonly summary: string };

/** 403 reasons that mean "slow down", not "you may not". Every other 403 is final. */
const RATE_LIMIT_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded']);

/** Socket-level failures worth another try (Node, undici and node-fetch spellings). */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);
const NETWORK_MESSAGES = ['socket hang up', 'other side closed', 'fetch failed', 'terminated'];

interface ResponseLike {
  readonly status?: number;
  readonly headers?: unknown;
  readonly data?: unknown;
}

/** Classifies what gaxios (googleapis' HTTP layer) threw. Duck-typed: jest realms break `instanceof`. */
export function classifyFailure(err: unknown, nowMs: number): Failure {
  const response = field(err, 'response') as ResponseLike | undefined;
  const status = typeof response?.status === 'number' ? response.status : undefined;
  if (status === undefined) {
    const code = networkCode(err);
    if (code !== undefined) return { retry: true, throttled: false, summary: `network error ${code}` };
    const message = err instanceof Error ? err.message : String(err);
    return { retry: false, summary: oneLine(message) };
  }
  const { reason, message } = googleError(response?.data);
  const summary = `HTTP ${status}${reason ? ` ${reason}` : ''}${message ? `: ${oneLine(message)}` : ''}`;
  const throttled = status === 429 || (status === 403 && reason !== undefined && RATE_LIMIT_REASONS.has(reason));
  if (throttled || status >= 500) {
    const retryAfterMs = parseRetryAfter(header(response?.headers, 'retry-after'), nowMs);
    return {
      retry: true,
      throttled,
      status,
      ...(reason !== undefined && { reason }),
      ...(retryAfterMs !== undefined && { retryAfterMs }),
      summary,
    };
  }
  return { retry: false, status, ...(reason !== undefined && { reason }), summary };
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Full jitter over a truncated exponential: uniformly random in [0, min(cap, base·2^attempt)).
 * `attempt` counts retries from 0.
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

function googleError(data: unknown): { reason?: string; message?: string } {
  let body = data;
  if (typeof body === 'string') {
    // gaxios reads the error body of a streamed request into a string; over Node's fetch that string can
    // come out as the bytes joined by commas ("123,34,...") rather than as the text.
    const text = /^\d{1,3}(,\d{1,3})*$/.test(body) ? Buffer.from(body.split(',').map(Number)).toString('utf8') : body;
    try {
      body = JSON.parse(text);
    } catch {
      return {};
    }
  }
  const error = field(body, 'error');
  if (error === undefined || typeof error !== 'object' || error === null) return {};
  const errors = field(error, 'errors');
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const reason = field(first, 'reason');
  const message = field(error, 'message');
  return {
    ...(typeof reason === 'string' && { reason }),
    ...(typeof message === 'string' && { message }),
  };
}

function header(headers: unknown, name: string): string | undefined {
  if (headers === undefined || headers === null || typeof headers !== 'object') return undefined;
  const get = field(headers, 'get');
  if (typeof get === 'function') {
    const value: unknown = (get as (n: string) => unknown).call(headers, name);
    return typeof value === 'string' ? value : undefined;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : String(value);
  }
  return undefined;
}

/** The socket error code somewhere down the `cause` chain (gaxios -> fetch TypeError -> socket error). */
function networkCode(err: unknown): string | undefined {
  const chain: unknown[] = [];
  for (let current: unknown = err; chain.length < 6 && current !== undefined && current !== null;) {
    chain.push(current);
    current = field(current, 'cause');
  }
  for (const link of chain) {
    const code = field(link, 'code');
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  }
  for (const link of chain) {
    const message = field(link, 'message');
    if (typeof message !== 'string') continue;
    const lower = message.toLowerCase();
    const hit = NETWORK_MESSAGES.find((m) => lower.includes(m));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function oneLine(text: string): string {
  const line = (text.split('\n')[0] ?? '').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
