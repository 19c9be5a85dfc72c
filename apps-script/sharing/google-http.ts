/**
 * Google's REST APIs over UrlFetchApp. Rate limits (429, 403 userRateLimitExceeded/rateLimitExceeded)
 * and server errors are retried with truncated exponential backoff, honouring Retry-After, as Google's
 * guides/handle-errors asks; but never past the slice's deadline: a wait that would overrun it stops
 * the slice instead (OutOfTimeError), and the next slice repeats the request from the saved cursor.
 */

/** The slice's clock: Date.now and Utilities.sleep in Apps Script, the world's clock in tests. */
export interface SliceClock {
  now(): number;
  sleep(milliseconds: number): void;
}

export const appsScriptClock: SliceClock = {
  now: () => Date.now(),
  sleep: (milliseconds) => Utilities.sleep(milliseconds),
};

/** The slice's time is up: nothing is wrong, the work continues in the next slice. */
export class OutOfTimeError extends Error {
  constructor(what: string) {
    super(`out of time before ${what}`);
    this.name = 'OutOfTimeError';
  }
}

/** An API call that failed for good. The message names the call and Google's reason, never a token. */
export class GoogleApiError extends Error {
  constructor(
    readonly what: string,
    readonly status: number,
    readonly reason: string,
    detail: string,
  ) {
    super(`${what} failed: ${status === 0 ? 'no answer' : `HTTP ${status}`} ${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'GoogleApiError';
  }
}

export interface GoogleRequest {
  /** For messages: "Drive files.list for j.smith@…". */
  readonly what: string;
  readonly method: 'get' | 'post';
  readonly url: string;
  readonly token?: string;
  /** Sent form-encoded (the token endpoint). */
  readonly form?: Readonly<Record<string, string>>;
}

export interface RetryOptions {
  readonly clock: SliceClock;
  /** Epoch ms after which no request starts and no wait is begun. */
  readonly deadline: number;
  readonly maxAttempts?: number;
}

const RATE_LIMIT_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded']);
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const MAX_WAIT_MS = 32_000;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}

/** The request's JSON answer (2xx); an empty body is `{}`. */
export function googleJson(request: GoogleRequest, options: RetryOptions): unknown {
  const maxAttempts = options.maxAttempts ?? 6;
  for (let attempt = 1; ; attempt += 1) {
    if (options.clock.now() >= options.deadline) throw new OutOfTimeError(request.what);
    const answer = send(request);
    if (answer.status >= 200 && answer.status < 300) return parseBody(answer.text);
    const { reason, detail } = errorOf(answer);
    const retryable =
      answer.status === 0 ||
      RETRYABLE_STATUS.has(answer.status) ||
      (answer.status === 403 && RATE_LIMIT_REASONS.has(reason));
    if (!retryable || attempt >= maxAttempts) throw new GoogleApiError(request.what, answer.status, reason, detail);
    const wait = waitBefore(attempt, answer.headers, options.clock.now());
    if (options.clock.now() + wait >= options.deadline) throw new OutOfTimeError(request.what);
    options.clock.sleep(wait);
  }
}

function send(request: GoogleRequest): Answer {
  const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method: request.method,
    muteHttpExceptions: true,
    headers: request.token === undefined ? {} : { Authorization: `Bearer ${request.token}` },
  };
  if (request.form !== undefined) {
    params.contentType = 'application/x-www-form-urlencoded';
    params.payload = Object.entries(request.form)
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
      .join('&');
  }
  try {
    const response = UrlFetchApp.fetch(request.url, params);
    return {
      status: response.getResponseCode(),
      headers: response.getHeaders() as Record<string, string>,
      text: response.getContentText(),
    };
  } catch (error) {
    // A dropped connection or DNS failure: UrlFetchApp throws even with muteHttpExceptions.
    return { status: 0, headers: {}, text: error instanceof Error ? error.message : '' };
  }
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('Google answered with something that is not JSON');
  }
}

/** Google's error shapes: APIs' { error: { errors: [{ reason }], status, message } }, OAuth's { error, error_description }. */
function errorOf(answer: Answer): { reason: string; detail: string } {
  if (answer.status === 0) return { reason: 'network', detail: '' };
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return { reason: '', detail: '' };
  }
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error === 'string') {
    const description = (body as { error_description?: unknown }).error_description;
    return { reason: error, detail: typeof description === 'string' ? description.slice(0, 200) : '' };
  }
  if (typeof error === 'object' && error !== null) {
    const e = error as { errors?: Array<{ reason?: unknown }>; status?: unknown; message?: unknown };
    const first = Array.isArray(e.errors) ? e.errors[0]?.reason : undefined;
    const reason = typeof first === 'string' ? first : typeof e.status === 'string' ? e.status : '';
    return { reason, detail: typeof e.message === 'string' ? e.message.slice(0, 200) : '' };
  }
  return { reason: '', detail: '' };
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : String(headers[key]);
}

/** Retry-After (seconds or an HTTP date) when given, else 1 s, 2 s, 4 s… plus up to 1 s of jitter. */
function waitBefore(attempt: number, headers: Record<string, string>, now: number): number {
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms) && ms >= 0) return Math.min(Math.max(ms, 1), MAX_WAIT_MS * 4);
  }
  return Math.min(1000 * 2 ** (attempt - 1), MAX_WAIT_MS) + Math.floor(Math.random() * 1000);
}
