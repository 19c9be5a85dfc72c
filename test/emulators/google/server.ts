import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestLog } from '../graph/request-log';
import { EmulatorCore, type CoreRequest, type CoreResponse } from './core';
import type { GoogleFaults } from './faults';
import { smallSchoolFixture, type GoogleTenantFixture } from './fixture';
import { GoogleTenant } from './tenant';

export interface GoogleEmulatorOptions {
  /** Default: `smallSchoolFixture()`. */
  readonly fixture?: GoogleTenantFixture;
  /** Default: a free port. */
  readonly port?: number;
  /** Make list pages short on purpose (a half page, then an empty one, repeating), as Drive may. */
  readonly partialPages?: boolean;
}

export interface GoogleEmulator {
  /** 'http://127.0.0.1:PORT/' — the value for SOS_GOOGLE_API_ROOT (plain HTTP on loopback). */
  readonly rootUrl: string;
  /** Mutable tenant model; its mutators record Drive changes exactly as the API would report them. */
  readonly tenant: GoogleTenant;
  /** Every request with its status. */
  readonly log: RequestLog;
  readonly faults: GoogleFaults;
  /** Users whose Drive calls all fail (500 backendError), e.g. a broken account. */
  readonly failingUsers: Set<string>;
  /** Synchronous core the HTTP server wraps: lets an Apps Script UrlFetchApp fake call the emulator in-process. */
  handle(request: CoreRequest): CoreResponse;
  close(): Promise<void>;
}

/** A loopback Google Directory v1 + Drive v3 over a tenant fixture, plain HTTP on 127.0.0.1. */
export async function startGoogleEmulator(options: GoogleEmulatorOptions = {}): Promise<GoogleEmulator> {
  const tenant = new GoogleTenant(options.fixture ?? smallSchoolFixture());
  const core = new EmulatorCore(tenant, { partialPages: options.partialPages ?? false });

  const server: Server = createServer((req, res) => {
    readBody(req)
      .then((body) => serve(req, res, body))
      .catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
  });

  async function serve(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
    );
    const d = core.dispatch({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body });
    if (d.delayMs > 0) await new Promise((r) => setTimeout(r, d.delayMs));
    if (d.drop) {
      req.socket.destroy();
      return;
    }
    const out = d.run();
    res.writeHead(out.status, { ...out.headers, 'content-length': String(out.body.byteLength) });
    res.end(Buffer.from(out.body.buffer, out.body.byteOffset, out.body.byteLength));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    tenant,
    log: core.log,
    faults: core.faults,
    failingUsers: core.failingUsers,
    handle: (request) => core.handle(request),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
