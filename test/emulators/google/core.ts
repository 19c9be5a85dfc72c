/**
 * The emulator's synchronous core: one request in, one response out. The HTTP server wraps it; an Apps
 * Script UrlFetchApp fake can call it in-process. Order as Google's front end: authentication, then
 * quota (injected faults), then the account's health (`failingUsers`), then the method.
 */
import { RequestLog, type LoggedRequest } from '../graph/request-log';
import { googleErrorBody, GoogleHttpError } from './errors';
import { GoogleFaults, type FaultDecision } from './faults';
import { Pager } from './paging';
import { changeRoutes } from './resources/changes';
import { directoryRoutes } from './resources/directory';
import { driveRoutes } from './resources/drives';
import { fileRoutes } from './resources/files';
import { permissionRoutes } from './resources/permissions';
import { reportRoutes } from './resources/reports';
import { matchRoute, type Caller, type GoogleResponse, type GoogleRoute } from './router';
import type { GoogleTenant } from './tenant';

const ROUTES: readonly GoogleRoute[] = [
  ...fileRoutes,
  ...permissionRoutes,
  ...changeRoutes,
  ...driveRoutes,
  ...directoryRoutes,
  ...reportRoutes,
];

export interface CoreRequest {
  readonly method: string;
  /** Absolute (`http://127.0.0.1:1234/drive/v3/files?...`) or a path with query. */
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface CoreResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** A decided request: wait `delayMs` (the HTTP server does), then drop the connection or run. */
export interface Dispatch {
  readonly delayMs: number;
  readonly drop: boolean;
  readonly entry: LoggedRequest;
  run(): CoreResponse;
}

const JSON_TYPE = 'application/json; charset=UTF-8';

export class EmulatorCore {
  readonly log = new RequestLog();
  readonly faults = new GoogleFaults();
  readonly failingUsers = new Set<string>();
  readonly pager: Pager;

  constructor(
    readonly tenant: GoogleTenant,
    options: { partialPages?: boolean } = {},
  ) {
    this.pager = new Pager(() => options.partialPages === true);
  }

  /** Synchronous: delays are skipped and a dropped connection throws, as a network failure would. */
  handle(request: CoreRequest): CoreResponse {
    const d = this.dispatch(request);
    if (d.drop) throw new Error(`Connection dropped by an injected fault (${request.method} ${d.entry.path}).`);
    return d.run();
  }

  dispatch(request: CoreRequest): Dispatch {
    const url = new URL(request.url, 'http://127.0.0.1/');
    const method = request.method.toUpperCase();
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const path = safeDecode(url.pathname);
    const raw = request.body ?? '';
    const entry = this.log.add({
      method,
      path,
      query: url.search.replace(/^\?/, ''),
      ...(headers.authorization !== undefined ? { authorization: headers.authorization } : {}),
      headers,
      body: parseJson(raw),
      status: 0,
      receivedAt: Date.now(),
    });
    const finish = (r: CoreResponse): CoreResponse => {
      entry.status = r.status;
      return r;
    };
    const immediate = (r: CoreResponse): Dispatch => ({ delayMs: 0, drop: false, entry, run: () => finish(r) });

    let caller: Caller;
    try {
      caller = this.authenticate(headers.authorization);
    } catch (err) {
      return immediate(errorResponse(err));
    }
    const fault: FaultDecision | undefined = this.faults.take(method, path);
    const delayMs = fault?.delayMs ?? 0;
    if (fault?.drop) {
      entry.fault = 'drop';
      return { delayMs, drop: true, entry, run: () => finish(errorResponse(new Error('dropped'))) };
    }
    if (fault?.status !== undefined) {
      entry.fault = 'status';
      const err = new GoogleHttpError(fault.status, fault.reason ?? 'backendError', faultMessage(fault), {
        ...(fault.status === 429 || fault.reason?.includes('RateLimit') || fault.reason === 'rateLimitExceeded'
          ? { domain: 'usageLimits' }
          : {}),
        ...(fault.retryAfter !== undefined ? { headers: { 'retry-after': String(fault.retryAfter) } } : {}),
      });
      return { delayMs, drop: false, entry, run: () => finish(errorResponse(err)) };
    }
    return { delayMs, drop: false, entry, run: () => finish(this.route(method, path, url, raw, entry, caller)) };
  }

  private route(
    method: string,
    path: string,
    url: URL,
    raw: string,
    entry: LoggedRequest,
    caller: Caller,
  ): CoreResponse {
    try {
      if (path.startsWith('/drive/') && [...this.failingUsers].some((u) => u.toLowerCase() === caller.email)) {
        throw new GoogleHttpError(500, 'backendError', 'Backend Error');
      }
      if (raw !== '' && entry.body === undefined) throw new GoogleHttpError(400, 'parseError', 'Parse Error');
      const match = matchRoute(ROUTES, method, path);
      if (match === undefined) throw new GoogleHttpError(404, 'notFound', `Not Found: ${path}`);
      if (match === 'wrong-method')
        throw new GoogleHttpError(405, 'httpMethodNotAllowed', `Method ${method} not allowed.`);
      // The caller is the actor of any change the call makes (Reports API events).
      const res = this.tenant.actingAs(caller.email, () =>
        match.route.handler({
          method,
          path,
          params: match.params,
          query: url.searchParams,
          body: entry.body,
          caller,
          tenant: this.tenant,
          pager: this.pager,
        }),
      );
      return toCoreResponse(res);
    } catch (err) {
      return errorResponse(err);
    }
  }

  /** `Bearer test:<email>` acts as that account; any other bearer token as the admin; none is a 401. */
  private authenticate(header: string | undefined): Caller {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!m) {
      throw new GoogleHttpError(
        401,
        'required',
        'Request is missing required authentication credential. Expected OAuth 2 access token.',
        { location: 'Authorization', locationType: 'header' },
      );
    }
    const token = m[1] as string;
    if (!token.startsWith('test:')) return { email: this.tenant.admin, isAdmin: true };
    const address = token.slice('test:'.length).toLowerCase();
    const user = this.tenant.user(address);
    const email = user?.primaryEmail ?? (address === this.tenant.admin ? address : undefined);
    if (email === undefined) {
      throw new GoogleHttpError(401, 'authError', 'Invalid Credentials', {
        location: 'Authorization',
        locationType: 'header',
      });
    }
    return { email, isAdmin: email === this.tenant.admin };
  }
}

function faultMessage(fault: FaultDecision): string {
  if (fault.status === 429 || fault.reason === 'rateLimitExceeded') return 'Rate Limit Exceeded';
  if (fault.reason === 'userRateLimitExceeded') return 'User Rate Limit Exceeded';
  if (fault.status === 503) return 'Service Unavailable';
  return fault.status !== undefined && fault.status >= 500 ? 'Backend Error' : `Injected fault ${String(fault.status)}`;
}

function toCoreResponse(res: GoogleResponse): CoreResponse {
  if (res.bytes !== undefined) {
    return {
      status: res.status,
      headers: { 'content-type': res.contentType ?? 'application/octet-stream' },
      body: res.bytes,
    };
  }
  if (res.json === undefined) return { status: res.status, headers: {}, body: new Uint8Array() };
  return { status: res.status, headers: { 'content-type': JSON_TYPE }, body: Buffer.from(JSON.stringify(res.json)) };
}

function errorResponse(err: unknown): CoreResponse {
  const e =
    err instanceof GoogleHttpError
      ? err
      : new GoogleHttpError(500, 'backendError', `Emulator error: ${err instanceof Error ? err.message : String(err)}`);
  return {
    status: e.status,
    headers: { 'content-type': JSON_TYPE, ...(e.extra.headers ?? {}) },
    body: Buffer.from(JSON.stringify(googleErrorBody(e))),
  };
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
