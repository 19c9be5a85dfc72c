import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FaultPlan } from './faults';
import { graphErrorBody, GraphHttpError } from './http-errors';
import { RequestLog, type LoggedRequest } from './request-log';
import { listItemRoutes } from './resources/list-items';
import { mailRoutes } from './resources/mail';
import { siteRoutes } from './resources/sites';
import { userRoutes } from './resources/users';
import { matchRoute, type Route, type RouteResponse } from './router';
import { GraphTenant, type TenantFixture } from './tenant';
import { loopbackCertificate } from './tls';

/** Every resource group the emulator speaks; a later capability adds its file here (drives, permissions...). */
const ROUTES: readonly Route[] = [...siteRoutes, ...listItemRoutes, ...userRoutes, ...mailRoutes];

export interface GraphEmulatorOptions {
  readonly fixture?: TenantFixture;
  /** When set, only `Bearer <token>` is accepted; otherwise any non-empty bearer token is. */
  readonly token?: string;
  /** Default: a free port. */
  readonly port?: number;
}

export interface GraphEmulator {
  /** e.g. `https://127.0.0.1:50123/v1.0`: the value for SOS_GRAPH_BASE_URL. */
  readonly baseUrl: string;
  /** The self-signed certificate (PEM) to trust: an https.Agent `ca`, or NODE_EXTRA_CA_CERTS via `writeCaFile`. */
  readonly caPem: string;
  readonly tenant: GraphTenant;
  readonly log: RequestLog;
  readonly faults: FaultPlan;
  /** Writes the certificate to `dir` and returns the file's path, for a child process's NODE_EXTRA_CA_CERTS. */
  writeCaFile(dir: string): string;
  close(): Promise<void>;
}

const VERSION = 'v1.0';
const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export async function startGraphEmulator(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  const certificate = await loopbackCertificate();
  const tenant = new GraphTenant(options.fixture);
  const log = new RequestLog();
  const faults = new FaultPlan();
  let baseUrl = '';
  let requestCount = 0;

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    requestCount += 1;
    const requestId = `emu-${requestCount}`;
    readBody(req)
      .then((raw) => handle(req, res, raw, requestId))
      .catch((err: unknown) => send(res, 500, graphErrorBody('generalException', String(err), requestId), {}));
  });

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const versionPrefix = `/${VERSION}`;
    const path = url.pathname.startsWith(`${versionPrefix}/`) ? url.pathname.slice(versionPrefix.length) : url.pathname;
    // Logged and matched by faults decoded (`/users/dsl@example.sch.uk/...`), routed as received.
    const readablePath = safeDecode(path);
    const entry = log.add({
      method,
      path: readablePath,
      query: url.search.replace(/^\?/, ''),
      authorization: req.headers.authorization,
      headers: flatHeaders(req),
      body: parseJson(raw),
      status: 0,
      receivedAt: Date.now(),
    });
    const reply = (r: RouteResponse) => {
      entry.status = r.status;
      send(res, r.status, r.body, { 'request-id': requestId, ...r.headers });
    };
    const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
      reply({ status, body: graphErrorBody(code, message, requestId), headers });

    if (!url.pathname.startsWith(`${versionPrefix}/`))
      return fail(404, 'BadRequest', `Invalid version in "${url.pathname}".`);
    const auth = checkBearer(req.headers.authorization, options.token);
    if (auth !== undefined) return fail(401, 'InvalidAuthenticationToken', auth);

    const fault = faults.take(method, readablePath);
    if (fault?.delayMs !== undefined) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.drop) return dropConnection(req, entry);
    if (fault?.status !== undefined) {
      entry.fault = 'status';
      const headers: Record<string, string> =
        fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      const code =
        fault.status === 429 ? 'TooManyRequests' : fault.status === 503 ? 'serviceNotAvailable' : 'generalException';
      return fail(fault.status, code, `Injected fault ${fault.status}.`, headers);
    }

    if (raw !== '' && entry.body === undefined) return fail(400, 'BadRequest', 'Unable to read JSON request payload.');
    const match = matchRoute(ROUTES, method, path);
    if (match === undefined) return fail(400, 'BadRequest', `Resource not found for the segment '${path}'.`);
    if (match === 'wrong-method') return fail(405, 'Request_BadRequest', `Method ${method} is not allowed here.`);
    try {
      reply(
        match.route.handler(
          {
            method,
            path,
            params: match.params,
            query: url.searchParams,
            headers: req.headers,
            body: entry.body,
            baseUrl,
          },
          tenant,
        ),
      );
    } catch (err) {
      if (err instanceof GraphHttpError) return fail(err.status, err.code, err.message, err.headers);
      throw err;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `https://127.0.0.1:${port}/${VERSION}`;

  return {
    baseUrl,
    caPem: certificate.cert,
    tenant,
    log,
    faults,
    writeCaFile(dir: string) {
      const file = join(dir, 'graph-emulator-ca.pem');
      writeFileSync(file, certificate.cert);
      return file;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Undefined when acceptable, else Graph's message for the 401. */
function checkBearer(header: string | undefined, expected: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S.*)$/i.exec(header ?? '');
  if (!m) return 'Access token is empty.';
  if (expected !== undefined && m[1] !== expected) return 'Access token validation failure. Invalid audience.';
  return undefined;
}

function dropConnection(req: IncomingMessage, entry: LoggedRequest): void {
  entry.fault = 'drop';
  req.socket.destroy();
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (body === undefined) {
    res.writeHead(status, { 'Content-Length': '0', ...headers }).end();
    return;
  }
  // Raw content (a message's MIME): sent as it is, with the Content-Type the route gave.
  if (Buffer.isBuffer(body)) {
    res.writeHead(status, { 'Content-Length': String(body.length), ...headers }).end(body);
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
    return decodeURI(path).replace(/%40/gi, '@');
  } catch {
    return path;
  }
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
  );
}
