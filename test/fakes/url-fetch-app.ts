/**
 * UrlFetchApp over an in-process HTTP handler (an emulator's synchronous `handle()`), with what Apps
 * Script does around it: the script.external_request scope, `muteHttpExceptions` (without it a 4xx/5xx
 * throws), a daily call quota, payload objects sent form-encoded, and time passing on the world's clock
 * for each call (so a script's time budget can be exercised without timing anything).
 */
import { AppsScriptError, FakeHarnessError } from './errors';
import { FakeObject } from './fake-object';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** What answers the script's requests; throwing is a network failure (Apps Script: "Address unavailable"). */
export type HttpHandler = (request: HttpRequest) => HttpAnswer;

export interface FetchRecord {
  readonly method: string;
  readonly url: string;
  /** 0 when the request failed before an answer (network error). */
  readonly status: number;
  readonly at: Date;
}

export interface UrlFetchHost {
  handler(): HttpHandler | undefined;
  requireFull(what: string): void;
  effectiveUser(): string;
  /** World time each call takes. */
  latencyMs(): number;
  advance(milliseconds: number): void;
  now(): Date;
  readonly fetches: FetchRecord[];
  readonly dailyQuota: number;
}

interface FetchParams {
  method?: string;
  headers?: Record<string, unknown>;
  contentType?: string;
  payload?: unknown;
  muteHttpExceptions?: boolean;
}

/** Apps Script's bytes are Java bytes: -128..127. */
function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));
}

function formEncode(payload: Record<string, unknown>): string {
  return Object.entries(payload)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
}

export class FakeHttpResponse extends FakeObject {
  constructor(private readonly answer: HttpAnswer) {
    super();
  }

  getResponseCode(): number {
    return this.answer.status;
  }

  getContentText(): string {
    return new TextDecoder().decode(this.answer.body);
  }

  getContent(): number[] {
    return signedBytes(this.answer.body);
  }

  getHeaders(): Record<string, string> {
    return { ...this.answer.headers };
  }

  getAllHeaders(): Record<string, string> {
    return { ...this.answer.headers };
  }
}

export class FakeUrlFetchApp extends FakeObject {
  override readonly fakeService = 'urlfetch';
  private readonly calls = new Map<string, number>();

  constructor(private readonly host: UrlFetchHost) {
    super();
  }

  fetch(url: string, params: FetchParams = {}): FakeHttpResponse {
    this.host.requireFull('UrlFetchApp.fetch');
    if (!/^https?:\/\/[^/\s]+/i.test(String(url))) throw new AppsScriptError(`Invalid argument: ${String(url)}`);
    const user = this.host.effectiveUser();
    const used = this.calls.get(user) ?? 0;
    if (used >= this.host.dailyQuota)
      throw new AppsScriptError('Service invoked too many times for one day: urlfetch.');
    this.calls.set(user, used + 1);
    const handler = this.host.handler();
    if (!handler) throw new FakeHarnessError('UrlFetchApp.fetch called but the world has no HTTP handler');

    const request = this.request(String(url), params);
    this.host.advance(this.host.latencyMs());
    let answer: HttpAnswer;
    try {
      answer = handler(request);
    } catch (error) {
      if (error instanceof FakeHarnessError) throw error;
      this.host.fetches.push({ method: request.method, url: request.url, status: 0, at: this.host.now() });
      throw new AppsScriptError(`Address unavailable: ${request.url}`);
    }
    this.host.fetches.push({ method: request.method, url: request.url, status: answer.status, at: this.host.now() });
    const response = new FakeHttpResponse(answer);
    if (answer.status >= 400 && params.muteHttpExceptions !== true) {
      const host = request.url.replace(/^(https?:\/\/[^/?#]+).*$/i, '$1');
      throw new AppsScriptError(
        `Request failed for ${host} returned code ${answer.status}. Truncated server response: ` +
          `${response.getContentText().slice(0, 200)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return response;
  }

  private request(url: string, params: FetchParams): HttpRequest {
    const method = (params.method ?? 'get').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(params.headers ?? {})) headers[name] = String(value);
    let body: string | undefined;
    const payload = params.payload;
    if (payload !== undefined && payload !== null) {
      if (typeof payload === 'string') {
        body = payload;
        headers['Content-Type'] = params.contentType ?? 'application/x-www-form-urlencoded';
      } else if (typeof payload === 'object' && !Array.isArray(payload)) {
        body = formEncode(payload as Record<string, unknown>);
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
      } else {
        throw new AppsScriptError('Invalid argument: payload');
      }
    } else if (params.contentType !== undefined) {
      headers['Content-Type'] = params.contentType;
    }
    return { method, url, headers, ...(body === undefined ? {} : { body }) };
  }
}
